package dev.handbook.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file: its path as shown to users (relative, with forward slashes), a 1-based line and a 1-based
 * column.
 */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER =
            Comparator.comparing(SourcePosition::path)
                    .thenComparingInt(SourcePosition::line)
                    .thenComparingInt(SourcePosition::column);

    public SourcePosition {
        Objects.requireNonNull(path, "path must not be null");
    }

    /** The whole file, for problems that have no better place; printed as line 1, column 1. */
    public static SourcePosition file(String path) {
        return new SourcePosition(path, 1, 1);
    }

    public static SourcePosition of(String path, int line, int column) {
        return new SourcePosition(path, line, column);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:column}, the form editors and CI annotate. */
    @Override
    public String toString() {
        return path + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
    }
}
