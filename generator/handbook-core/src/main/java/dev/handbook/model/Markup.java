package dev.handbook.model;

import dev.handbook.diagnostics.SourcePosition;

/**
 * Author-written text that is rendered as markup: a body, or a Markdown text field of a YAML record.
 *
 * @param source the text as written
 * @param format how to convert it
 * @param where for a body, its first line (positions inside it are exact); for a field, the field's value
 * @param inField true for a YAML text field, where problems inside the text are reported at {@code where}
 */
public record Markup(String source, SourceFormat format, SourcePosition where, boolean inField) {

    public static Markup body(String source, SourceFormat format, SourcePosition firstLine) {
        return new Markup(source, format, firstLine, false);
    }

    public static Markup field(String source, SourcePosition where) {
        return new Markup(source, SourceFormat.MARKDOWN, where, true);
    }

    public boolean isBlank() {
        return source.isBlank();
    }
}
