package dev.handbook.yaml;

import dev.handbook.diagnostics.SourcePosition;

/**
 * A scalar as written. {@code isNull} is true for {@code ~}, {@code null} and an empty value; a quoted {@code 'null'} is text.
 */
public record YamlScalar(String text, boolean isNull, SourcePosition position) implements YamlNode {

    @Override
    public String describe() {
        return "a value";
    }
}
