package dev.handbook.model;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.diagnostics.Suggestions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a snippet's {@linkplain WrittenOptions options as written} (a Markdown info string such as
 * {@code sh verify timeout=20s}, AsciiDoc block attributes or a YAML {@code verify:} item) and builds the snippet,
 * reporting bad ones at the snippet's position.
 */
public final class SnippetOptions {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
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

    /** Builds the snippet, or reports what is wrong and returns empty. */
    public static Optional<Snippet> build(EntryId owner, String shell, String code, WrittenOptions options, String defaultName,
            SourcePosition where, Diagnostics diagnostics) {
        int errors = 0;
        if (!Snippet.SHELLS.contains(shell)) {
            diagnostics.error("verify.shell", where, "Unknown interpreter '" + shell + "' for a verification snippet.",
                    Suggestions.didYouMean(shell, Snippet.SHELLS));
            errors++;
        }
        for (String key : options.unknown()) {
            diagnostics.error("verify.option", where, "Unknown verification option '" + key + "'.", Suggestions.didYouMean(key, SnippetOption.keys()));
            errors++;
        }
        Duration timeout = Snippet.DEFAULT_TIMEOUT;
        if (options.has(SnippetOption.TIMEOUT)) {
            Optional<Duration> parsed = ValueFormats.duration(options.value(SnippetOption.TIMEOUT, "")).filter(d -> !d.isZero());
            if (parsed.isEmpty()) {
                diagnostics.error("verify.option", where, "'" + options.value(SnippetOption.TIMEOUT, "") + "' is not a valid timeout.", "Write e.g. `timeout=20s` or `timeout=2m`.");
                errors++;
            }
            timeout = parsed.orElse(timeout);
        }
        int expectExit = 0;
        if (options.has(SnippetOption.EXPECT_EXIT)) {
            try {
                expectExit = Integer.parseInt(options.value(SnippetOption.EXPECT_EXIT, ""));
            } catch (NumberFormatException e) {
                diagnostics.error("verify.option", where, "'" + options.value(SnippetOption.EXPECT_EXIT, "") + "' is not an exit code.", "Write e.g. `expect_exit=1`.");
                errors++;
            }
        }
        String expectOutput = options.value(SnippetOption.EXPECT_OUTPUT, null);
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
        String cwd = options.value(SnippetOption.CWD, "temp");
        if (!cwd.equals("content") && !cwd.equals("temp")) {
            diagnostics.error("verify.option", where, "'" + cwd + "' is not a valid cwd.", "Write `cwd=content` to run in the content folder; the default is a fresh temporary folder.");
            errors++;
        }
        String proves = options.value(SnippetOption.PROVES, "");
        if (!proves.isEmpty() && !Snippet.PROOFS.contains(proves)) {
            diagnostics.error("verify.option", where, "'" + proves + "' is not something a snippet can prove.", Suggestions.didYouMean(proves, Snippet.PROOFS));
            errors++;
        }
        for (String name : options.env()) {
            if (!VARIABLE_NAME.matcher(name).matches()) {
                // one item is one variable, so `env: ["A,B"]` asks for a variable no shell can set
                diagnostics.warning("verify.env", where, "'" + name + "' is not an environment variable name, so no variable is passed for it.",
                        "Name one variable per item, e.g. `env: [PGHOST, PGUSER]` (`env=PGHOST,PGUSER` in Markdown, `env=PGHOST;PGUSER` in AsciiDoc).");
            }
        }
        if (code.isBlank()) {
            diagnostics.error("verify.empty", where, "The verification snippet is empty.", "Write the commands to run, or drop `verify`.");
            errors++;
        }
        if (errors > 0) {
            return Optional.empty();
        }
        return Optional.of(new Snippet(owner, options.value(SnippetOption.NAME, defaultName), shell, code, timeout, expectExit, expectOutput, pattern,
                options.requires(), options.env(), cwd.equals("content"), proves, where));
    }
}
