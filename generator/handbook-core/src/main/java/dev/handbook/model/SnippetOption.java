package dev.handbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The options of a verification snippet, by the name they are written with in every syntax: a Markdown info string
 * ({@code timeout=20s}), AsciiDoc block attributes and a YAML {@code verify:} item, whose schema takes its field names
 * from here.
 */
public enum SnippetOption {
    NAME("name"),
    TIMEOUT("timeout"),
    EXPECT_EXIT("expect_exit"),
    EXPECT_OUTPUT("expect_output"),
    REQUIRES("requires"),
    ENV("env"),
    CWD("cwd"),
    PROVES("proves");

    private final String key;

    SnippetOption(String key) {
        this.key = key;
    }

    /** The name as written. */
    public String key() {
        return key;
    }

    /** Whether it takes a list of words ({@code requires}, {@code env}) rather than one value. */
    public boolean isList() {
        return this == REQUIRES || this == ENV;
    }

    public static Optional<SnippetOption> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** Every option's name, for messages. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(SnippetOption::key).toList();
    }
}
