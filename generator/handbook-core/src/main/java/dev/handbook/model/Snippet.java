package dev.handbook.model;

import dev.handbook.diagnostics.SourcePosition;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A verification snippet: a small script embedded in a record that {@code --verify} runs, showing the result where
 * the reader needs it.
 *
 * @param owner the record it belongs to
 * @param name what it checks, as shown on the page and in JUnit XML
 * @param shell {@code sh} or {@code bash}
 * @param code the script
 * @param timeout how long it may run before its whole process tree is killed
 * @param expectExit the exit code it must end with
 * @param expectOutput text its output must contain, or null
 * @param expectPattern a pattern its output must match ({@code /regex/}), or null
 * @param requires tools that must be on PATH, or it is skipped
 * @param env names of variables passed through from the builder's environment
 * @param inContent whether it runs in the content folder rather than in a fresh temporary one
 * @param proves what a pass proves besides itself: {@code restore} (a verified restore), or empty
 * @param where where it was written
 */
public record Snippet(
        EntryId owner,
        String name,
        String shell,
        String code,
        Duration timeout,
        int expectExit,
        String expectOutput,
        Pattern expectPattern,
        List<String> requires,
        List<String> env,
        boolean inContent,
        String proves,
        SourcePosition where) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final List<String> SHELLS = List.of("sh", "bash");
    /** The {@code proves:} values: what a passing snippet is evidence of. */
    public static final List<String> PROOFS = List.of("restore");

    /** Whether a pass of it is a verified restore. */
    public boolean provesRestore() {
        return proves.equals("restore");
    }

    public Snippet {
        requires = List.copyOf(requires);
        env = List.copyOf(env);
    }

    /** What the result depends on, for the cache: shell, options and code, but not its name or place. */
    public String cacheKeySource() {
        return String.join("\n", shell, String.valueOf(timeout.toMillis()), String.valueOf(expectExit),
                String.valueOf(expectOutput), expectPattern == null ? "" : expectPattern.pattern(), String.join(",", requires),
                String.join(",", env), String.valueOf(inContent), code);
    }

    /** The marker converters leave in HTML where the snippet's result goes. */
    public String marker() {
        return "<!--handbook-verify:" + where.line() + ":" + where.column() + "-->";
    }
}
