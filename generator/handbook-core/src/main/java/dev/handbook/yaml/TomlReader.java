package dev.handbook.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads TOML front matter, as Hugo writes it between {@code +++} lines, into the same positioned {@link YamlNode}
 * tree YAML front matter gives, so format readers map its keys the same way. Values keep their text: dates and
 * date-times as written ({@code 2021-03-04}), numbers and booleans as TOML prints them. Each key has the position of
 * its line; a value inside an inline table or array has the position of the key it belongs to.
 *
 * <p>A syntax error is a diagnostic at its line and column, and the text yields nothing. Thread-safe.
 */
public final class TomlReader {

    private static final TomlMapper TOML = new TomlMapper();

    /** Parses {@code text}, which starts at line {@code firstLine} of the file {@code path} (2 after a {@code +++} line). */
    public Optional<YamlNode> read(String text, String path, int firstLine, Diagnostics diagnostics) {
        JsonNode root;
        try {
            root = TOML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
            diagnostics.error("toml.syntax", SourcePosition.of(path, line + firstLine - 1, column),
                    "Invalid TOML front matter: " + e.getOriginalMessage() + ".",
                    "Check quoting and `key = value` on this line and the one above it (strings in double quotes, one key per line).");
            return Optional.empty();
        }
        if (root == null || root.isMissingNode() || root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, TomlKeyLines.At> keys = TomlKeyLines.of(text);
        return Optional.of(new Converter(path, firstLine, keys).node(root, "", SourcePosition.of(path, firstLine, 1)));
    }

    /** Converts Jackson's tree, giving each node the position of its key path, or of the nearest enclosing key. */
    private record Converter(String path, int firstLine, Map<String, TomlKeyLines.At> keys) {

        YamlNode node(JsonNode node, String key, SourcePosition at) {
            if (node.isObject()) {
                List<YamlMap.Entry> entries = new ArrayList<>();
                node.properties().forEach(field -> {
                    String child = key.isEmpty() ? field.getKey() : key + "." + field.getKey();
                    SourcePosition keyAt = position(child, at);
                    entries.add(new YamlMap.Entry(field.getKey(), keyAt, node(field.getValue(), child, keyAt)));
                });
                return new YamlMap(entries, at);
            }
            if (node.isArray()) {
                List<YamlNode> items = new ArrayList<>();
                for (int i = 0; i < node.size(); i++) {
                    String item = key + "#" + i;
                    items.add(node(node.get(i), item, position(item, at)));
                }
                return new YamlList(items, at);
            }
            return node.isNull() ? new YamlScalar("", true, at) : new YamlScalar(node.asText(), false, at);
        }

        private SourcePosition position(String key, SourcePosition fallback) {
            TomlKeyLines.At found = keys.get(key);
            return found == null ? fallback : SourcePosition.of(path, found.line() + firstLine - 1, found.column());
        }
    }
}
