package dev.handbook.yaml;

import dev.handbook.diagnostics.SourcePosition;

/**
 * A YAML value that remembers where it was written, so every content error can point at its line and column.
 *
 * <p>Scalars keep their source text: YAML's implicit typing is never applied, so {@code 0032} stays {@code "0032"} and a
 * date stays a calendar date. Fields are typed later, by their schema.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    SourcePosition position();

    /** A word for error messages: "a mapping", "a list" or "a value". */
    String describe();
}
