package dev.handbook.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in content, configuration or templates.
 *
 * @param severity how bad it is
 * @param code a stable, dotted identifier such as {@code xref.unknown}, for documentation and filtering
 * @param where the place to fix
 * @param message what is wrong, in one sentence
 * @param hint how to fix it, or an empty string
 */
public record Diagnostic(Severity severity, String code, SourcePosition where, String message, String hint) {

    /** Sorted by file, then line, then column, so reports read top to bottom. */
    public static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparing(Diagnostic::where)
                    .thenComparing(Diagnostic::severity, Comparator.reverseOrder())
                    .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(where, "where must not be null");
        Objects.requireNonNull(message, "message must not be null");
        hint = hint == null ? "" : hint;
    }

    /**
     * The one-line form used everywhere: {@code content/runbooks/x.md:14:3: error: Unknown spof 'pg-primry'. Did you
     * mean 'pg-primary'? [xref.unknown]}.
     */
    public String format() {
        StringBuilder line = new StringBuilder();
        line.append(where).append(": ").append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) {
            line.append(' ').append(hint);
        }
        return line.append(" [").append(code).append(']').toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
