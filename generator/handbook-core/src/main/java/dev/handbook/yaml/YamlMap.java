package dev.handbook.yaml;

import dev.handbook.diagnostics.SourcePosition;
import java.util.List;
import java.util.Optional;

/** A YAML mapping with string keys, in the order written. Keys are unique (duplicates are reported while reading). */
public record YamlMap(List<Entry> entries, SourcePosition position) implements YamlNode {

    /** One {@code key: value} pair; {@code keyPosition} is where the key was written. */
    public record Entry(String key, SourcePosition keyPosition, YamlNode value) {}

    public YamlMap {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
