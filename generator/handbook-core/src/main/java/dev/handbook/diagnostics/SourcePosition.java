package dev.handbook.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file: its path as shown to users (relative, with forward slashes), a 1-based line and a 1-based
 * column. Line 0 means "the file as a whole".
 */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER =
            Comparator.comparing(SourcePosition::path)
                    .thenComparingInt(SourcePosition::line)
                    .thenComparingInt(SourcePosition::column);

    public SourcePosition {
        Objects.requireNonNull(path, "path must not be null");
    }

    /** The whole file, for problems that have no better place. */
    public static SourcePosition file(String path) {
        return new SourcePosition(path, 0, 0);
    }

    public static SourcePosition of(String path, int line, int column) {
        return new SourcePosition(path, line, column);
    }

    /** Shifts a position found in an embedded document (front matter, body) to its place in the file. */
    public SourcePosition offsetLines(int lines) {
        return line == 0 ? this : new SourcePosition(path, line + lines, column);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:column}, or just {@code path} for a whole-file position. */
    @Override
    public String toString() {
        if (line <= 0) {
            return path;
        }
        return path + ":" + line + ":" + Math.max(column, 1);
    }
}
