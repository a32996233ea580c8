package dev.handbook.parse;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.SourceFormat;
import dev.handbook.yaml.JsonReader;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import java.util.Optional;

/** The fields of a record file without a body: a YAML file's first document, or a JSON file's value. Thread-safe. */
public final class RecordText {

    private static final YamlReader YAML = new YamlReader();
    private static final JsonReader JSON = new JsonReader();

    private RecordText() {}

    /** {@code text}, the whole of the file {@code path} written as {@code format} (YAML or JSON). */
    public static Optional<YamlNode> read(SourceFormat format, String text, String path, Diagnostics diagnostics) {
        return format == SourceFormat.JSON ? JSON.read(text, path, diagnostics) : YAML.read(text, path, 1, diagnostics);
    }

    /** The mapping of a record file, or of a document's front matter, if it has one; problems are not reported. */
    public static Optional<YamlMap> quietFields(SourceFormat format, String text, String path) {
        Optional<YamlNode> node = format.hasBody()
                ? FrontMatter.split(text).flatMap(fm -> YAML.read(fm.yaml(), path, fm.yamlFirstLine(), new Diagnostics()))
                : read(format, text, path, new Diagnostics());
        return node.filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
    }
}
