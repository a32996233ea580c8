package dev.handbook.parse;

import dev.handbook.source.SourceFile;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** What a file's source in site/handbook.yaml does to its fields before they are checked: renames and defaults. */
final class SourceFields {

    private SourceFields() {}

    /** Handbook's own front matter (or YAML record) with its source's {@code fields:} renames applied to its keys. */
    static YamlNode renamed(YamlNode node, SourceFile file) {
        if (!(node instanceof YamlMap map) || file.fields().isEmpty()) {
            return node;
        }
        return new YamlMap(map.entries().stream()
                .map(e -> new YamlMap.Entry(file.fields().getOrDefault(e.key(), e.key()), e.keyPosition(), e.value())).toList(), map.position());
    }

    /** The source's defaults under the file's own fields: a field the file sets wins. */
    static YamlNode withDefaults(YamlNode node, SourceFile file) {
        if (!(node instanceof YamlMap map) || file.defaults().entries().isEmpty()) {
            return node;
        }
        List<YamlMap.Entry> merged = new ArrayList<>(map.entries());
        file.defaults().entries().stream().filter(d -> map.entry(d.key()).isEmpty()).forEach(merged::add);
        return new YamlMap(merged, map.position());
    }
}
