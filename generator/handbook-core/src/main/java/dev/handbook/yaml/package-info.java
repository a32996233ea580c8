/**
 * Positioned trees of YAML, JSON and TOML text, so every later content error can point at its line and column.
 *
 * <p>Takes text (one YAML document, a JSON file, TOML front matter); gives a {@link dev.handbook.yaml.YamlNode} tree
 * ({@link dev.handbook.yaml.YamlMap}, {@link dev.handbook.yaml.YamlList}, {@link dev.handbook.yaml.YamlScalar}) whose
 * scalars keep their source text: YAML's implicit typing never applies, aliases are resolved, merge keys applied.
 * Syntax errors become diagnostics ({@link dev.handbook.yaml.YamlErrors}), never exceptions.
 *
 * <p>Later stages may rely on one tree shape for all three languages, keys unique and in written order, and every
 * node carrying its position. Uses only {@code diagnostics}.
 */
package dev.handbook.yaml;
