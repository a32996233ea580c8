package dev.handbook.model;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.diagnostics.Suggestions;
import dev.handbook.model.EntryId;
import dev.handbook.model.Snippet;
import dev.handbook.model.ValueFormats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a snippet's options, from a Markdown info string ({@code sh verify timeout=20s}), AsciiDoc block attributes or
 * a YAML {@code verify:} item, and reports bad ones at the snippet's position.
 */
public final class SnippetOptions {

    public static final List<String> KEYS = List.of("name", "timeout", "expect_exit", "expect_output", "requires", "env", "cwd", "proves");
    private static final Pattern OPTION = Pattern.compile("([A-Za-z_][\\w-]*)=(\"[^\"]*\"|\\S*)");

    private SnippetOptions() {}

    /** Options written as {@code key=value} words, values in double quotes when they hold spaces. */
    public static Map<String, String> words(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(text);
        while (m.find()) {
            String value = m.group(2);
            options.put(m.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
        }
        return options;
    }

    /**
     * Builds the snippet, or reports what is wrong and returns empty.
     *
     * @param listSeparator how lists are written ({@code ,} in Markdown, {@code ;} in AsciiDoc attributes)
     */
    public static Optional<Snippet> build(EntryId owner, String shell, String code, Map<String, String> options, String defaultName,
            String listSeparator, SourcePosition where, Diagnostics diagnostics) {
        int errors = 0;
        if (!Snippet.SHELLS.contains(shell)) {
            diagnostics.error("verify.shell", where, "Unknown interpreter '" + shell + "' for a verification snippet.",
                    Suggestions.didYouMean(shell, Snippet.SHELLS));
            errors++;
        }
        for (String key : options.keySet()) {
            if (!KEYS.contains(key)) {
                diagnostics.error("verify.option", where, "Unknown verification option '" + key + "'.", Suggestions.didYouMean(key, KEYS));
                errors++;
            }
        }
        Duration timeout = Snippet.DEFAULT_TIMEOUT;
        if (options.containsKey("timeout")) {
            Optional<Duration> parsed = ValueFormats.duration(options.get("timeout")).filter(d -> !d.isZero());
            if (parsed.isEmpty()) {
                diagnostics.error("verify.option", where, "'" + options.get("timeout") + "' is not a valid timeout.", "Write e.g. `timeout=20s` or `timeout=2m`.");
                errors++;
            }
            timeout = parsed.orElse(timeout);
        }
        int expectExit = 0;
        if (options.containsKey("expect_exit")) {
            try {
                expectExit = Integer.parseInt(options.get("expect_exit"));
            } catch (NumberFormatException e) {
                diagnostics.error("verify.option", where, "'" + options.get("expect_exit") + "' is not an exit code.", "Write e.g. `expect_exit=1`.");
                errors++;
            }
        }
        String expectOutput = options.get("expect_output");
        Pattern pattern = null;
        if (expectOutput != null && expectOutput.length() >= 2 && expectOutput.startsWith("/") && expectOutput.endsWith("/")) {
            try {
                pattern = Pattern.compile(expectOutput.substring(1, expectOutput.length() - 1));
                expectOutput = null;
            } catch (PatternSyntaxException e) {
                diagnostics.error("verify.option", where, "Invalid regular expression " + expectOutput + ": " + e.getDescription() + ".", "");
                errors++;
            }
        }
        String cwd = options.getOrDefault("cwd", "temp");
        if (!cwd.equals("content") && !cwd.equals("temp")) {
            diagnostics.error("verify.option", where, "'" + cwd + "' is not a valid cwd.", "Write `cwd=content` to run in the content folder; the default is a fresh temporary folder.");
            errors++;
        }
        String proves = options.getOrDefault("proves", "");
        if (!proves.isEmpty() && !Snippet.PROOFS.contains(proves)) {
            diagnostics.error("verify.option", where, "'" + proves + "' is not something a snippet can prove.", Suggestions.didYouMean(proves, Snippet.PROOFS));
            errors++;
        }
        if (code.isBlank()) {
            diagnostics.error("verify.empty", where, "The verification snippet is empty.", "Write the commands to run, or drop `verify`.");
            errors++;
        }
        if (errors > 0) {
            return Optional.empty();
        }
        return Optional.of(new Snippet(owner, options.getOrDefault("name", defaultName), shell, code, timeout, expectExit, expectOutput, pattern,
                list(options.get("requires"), listSeparator), list(options.get("env"), listSeparator), cwd.equals("content"), proves, where));
    }

    static List<String> list(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        Arrays.stream(value.split(Pattern.quote(separator))).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }
}
