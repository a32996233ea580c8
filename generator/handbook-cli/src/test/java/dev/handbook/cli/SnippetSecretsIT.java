package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real launcher with secrets in its environment and snippets that go looking for them: in the builder's
 * {@code /proc/PID/environ}, in every process's, and a declared one printed across the 64 KiB output cap. No published
 * or kept file (pages, offline copy, JUnit XML, result cache) may hold any of them, or part of one.
 */
class SnippetSecretsIT {

    static final Map<String, String> SECRETS = Map.of(
            "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI-K7MDENG-bPxRfiCYzEXAMPLE",
            "GITHUB_TOKEN", "ghp_R8x2Lq9Zt4Vw7Ny3Pk6Hs1Dm5Fb0Jc",
            "UNDECLARED_SETTING", "never-declared-9d41c7",
            "DEPLOY_TOKEN", "tok-5f1c9e7a2b3d");

    static final String PROBES = """
            ---
            title: Probe the builder
            owner: team-platform
            last_reviewed: 2026-11-20
            ---
            ```sh verify name="parent environ"
            tr '\\0' '\\n' < /proc/$PPID/environ
            ```

            ```sh verify name="every environ" env=DEPLOY_TOKEN
            for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < "$f"; done
            ```

            ```sh verify name="across the cap" env=DEPLOY_TOKEN
            head -c 65530 /dev/zero | tr '\\0' x; printf %s "$DEPLOY_TOKEN"
            ```
            """;

    @TempDir Path dir;

    @Test
    void secretsInTheBuildersEnvironmentReachNoPageReportOrCache() throws Exception {
        Path cwd = probingSite();

        String output = build(cwd, SECRETS);

        assertThat(output).contains("Verification: 2 passed, 1 failed");
        Path junit = cwd.resolve("target/handbook-verify/TEST-handbook-verification.xml");
        assertThat(Files.readString(junit)).as("the probes ran").contains("HOME=", "DEPLOY_TOKEN=********", "xxxx****");
        assertThat(cwd.resolve("target/handbook/handbook-offline.html")).exists();
        assertThat(cwd.resolve("target/handbook-verify/cache")).isNotEmptyDirectory();
        List<Path> written = files(cwd.resolve("target"));
        for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
            String start = secret.getValue().substring(0, 8); // a cut secret is published in part
            assertThat(written.stream().filter(file -> read(file).contains(start)).toList()).as(secret.getKey()).isEmpty();
        }
    }

    @Test
    void withoutUnshareNoSnippetRunsAndTheBuildSaysWhatToInstall() throws Exception {
        Path cwd = probingSite();
        Path bin = Files.createDirectories(dir.resolve("bin")); // the launcher needs only these two
        tool(bin, "java", Path.of(System.getProperty("java.home"), "bin", "java"));
        tool(bin, "dirname", Path.of("/usr/bin/dirname"));

        String output = build(cwd, Map.of("PATH", bin.toString()));

        assertThat(output).contains("content/runbooks/probe.md:6:1: warning: Snippets run only isolated from the builder, with `unshare` and"
                + " `setpriv`, and `unshare` is not on PATH. No snippet was run.", "util-linux", "[verify.isolation]")
                .contains("Verification: 0 passed, 0 failed, 0 timed out, 3 skipped");
        assertThat(Files.readString(cwd.resolve("target/handbook/runbooks/probe.html"))).contains("Not run: Snippets run only isolated");

        // A CI gate on snippets that cannot run would pass having checked nothing: it stops instead, saying why.
        String gated = build(cwd, Map.of("PATH", bin.toString()), ExitCodes.USAGE, "--fail-on", "verify", "--out", "gated");
        assertThat(gated).contains("Failing on verify was asked for, but no snippet can run here", "`unshare` is not on PATH", "util-linux");
        assertThat(cwd.resolve("gated")).doesNotExist();
    }

    static void tool(Path bin, String name, Path target) throws IOException {
        Path script = Files.writeString(bin.resolve(name), "#!/bin/sh\nexec " + target + " \"$@\"\n");
        script.toFile().setExecutable(true);
    }

    Path probingSite() throws IOException {
        Path cwd = CliFixture.copy(CliFixture.FIXTURE, dir.resolve("site"));
        Files.writeString(cwd.resolve("site/handbook.yaml"), "title: CLI fixture\noffline: true\n");
        Files.createDirectories(cwd.resolve("content/runbooks"));
        Files.writeString(cwd.resolve("content/runbooks/probe.md"), PROBES);
        return cwd;
    }

    /** Runs {@code handbook build --verify=fresh} with {@code env} added to this JVM's environment; its output. */
    String build(Path cwd, Map<String, String> env) throws IOException, InterruptedException {
        return build(cwd, env, ExitCodes.OK);
    }

    /** The same with options {@code more}, expecting exit code {@code exit}. */
    String build(Path cwd, Map<String, String> env, int exit, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LauncherIT.LAUNCHER.toString(), "build", "--verify=fresh"));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("output").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("handbook finished").isTrue();
        String output = Files.readString(dir.resolve("output"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(exit);
        return output;
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
