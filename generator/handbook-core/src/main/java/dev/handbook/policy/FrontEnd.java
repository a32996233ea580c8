package dev.handbook.policy;

/**
 * How one front end names the policy's options and its check, so that the same report line reads right in a
 * terminal and in a Maven log.
 *
 * @param failOn the option naming what fails a build, e.g. {@code --fail-on}
 * @param strict the option that makes warnings fail, e.g. {@code --strict}
 * @param check the command that lists every flag, e.g. {@code handbook check}
 */
public record FrontEnd(String failOn, String strict, String check) {

    public static final FrontEnd CLI = new FrontEnd("--fail-on", "--strict", "handbook check");

    public static final FrontEnd MAVEN = new FrontEnd("failOn", "strict", "mvn handbook:check");
}
