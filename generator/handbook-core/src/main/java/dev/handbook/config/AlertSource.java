package dev.handbook.config;

import dev.handbook.diagnostics.SourcePosition;
import java.util.Objects;

/**
 * An entry of {@code sources:} with {@code kind: alert}: a folder of Prometheus rule files, read for the alerts they
 * define. Rule files are not records: nothing is rewritten and no page is made of the file itself.
 *
 * @param path the folder relative to the repository root, forward slashes, never leading outside it
 * @param where where {@code path} was written
 */
public record AlertSource(String path, SourcePosition where) {

    /** The {@code kind:} that marks a source of rule files. */
    public static final String KIND = "alert";

    /** The {@code format:} values such a source takes: every rule file shape is recognised by itself. */
    public static final java.util.List<String> FORMATS = java.util.List.of("auto", "prometheus");

    public AlertSource {
        Objects.requireNonNull(path, "path must not be null");
    }
}
