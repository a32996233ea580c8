package dev.handbook.diagnostics;

/** How bad a {@link Diagnostic} is. Ordered from least to most severe. */
public enum Severity {
    WARNING("warning"),
    ERROR("error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word printed in diagnostics, e.g. {@code error}. */
    public String label() {
        return label;
    }
}
