package dev.handbook.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A snippet's options as written, before {@link SnippetOptions} checks them: the single-valued ones by option, the
 * list options ({@code requires}, {@code env}) as lists, each item one tool or one variable as written.
 *
 * @param values the single-valued options that were written (never a list option)
 * @param unknown option names the syntax found that are no option, to report
 */
public record WrittenOptions(Map<SnippetOption, String> values, List<String> requires, List<String> env, List<String> unknown) {

    public WrittenOptions {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
        requires = List.copyOf(requires);
        env = List.copyOf(env);
        unknown = List.copyOf(unknown);
        if (values.keySet().stream().anyMatch(SnippetOption::isList)) {
            throw new IllegalArgumentException("List options go in requires and env, not in values: " + values.keySet());
        }
    }

    /**
     * Options written as words of one line, {@code key=value} (a Markdown info string, AsciiDoc attributes), where a
     * list option's items are separated by {@code listSeparator} ({@code ,} in Markdown, {@code ;} in AsciiDoc, whose
     * attributes are themselves separated by commas). This is the only place a list is split.
     */
    public static WrittenOptions ofWords(Map<String, String> words, String listSeparator) {
        Map<SnippetOption, String> values = new EnumMap<>(SnippetOption.class);
        List<String> requires = List.of();
        List<String> env = List.of();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String> word : words.entrySet()) {
            Optional<SnippetOption> option = SnippetOption.byKey(word.getKey());
            if (option.isEmpty()) {
                unknown.add(word.getKey());
            } else if (option.get() == SnippetOption.REQUIRES) {
                requires = split(word.getValue(), listSeparator);
            } else if (option.get() == SnippetOption.ENV) {
                env = split(word.getValue(), listSeparator);
            } else {
                values.put(option.get(), word.getValue());
            }
        }
        return new WrittenOptions(values, requires, env, unknown);
    }

    /** The option's value, or {@code fallback} when it was not written. */
    public String value(SnippetOption option, String fallback) {
        return values.getOrDefault(Objects.requireNonNull(option, "option must not be null"), fallback);
    }

    public boolean has(SnippetOption option) {
        return values.containsKey(option);
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(value.split(Pattern.quote(separator))).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
