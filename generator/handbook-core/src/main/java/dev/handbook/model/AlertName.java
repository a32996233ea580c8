package dev.handbook.model;

import dev.handbook.diagnostics.SourcePosition;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Prometheus alert's name as a record names it (a runbook's {@code alerts:}), with where it was written.
 *
 * @param name as written; alert names are case-sensitive, as in Prometheus
 */
public record AlertName(String name, SourcePosition where) {

    /** Prometheus' metric and alert name syntax. */
    public static final Pattern PATTERN = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    public AlertName {
        Objects.requireNonNull(name, "name must not be null");
    }

    public static boolean isValid(String name) {
        return PATTERN.matcher(name).matches();
    }

    /**
     * The words of {@code text} that could be alert names, each once, in order: runs of name characters not glued to a
     * digit before them ({@code 2RedisDown} is not {@code RedisDown}).
     */
    public static java.util.List<String> wordsIn(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.regex.Matcher matcher = PATTERN.matcher(text);
        while (matcher.find()) {
            if (isWordStart(text, matcher.start()) && !words.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    /** Whether a name found at {@code start} of {@code text} starts a word. */
    public static boolean isWordStart(String text, int start) {
        return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    }
}
