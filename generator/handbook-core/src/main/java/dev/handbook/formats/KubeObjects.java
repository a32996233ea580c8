package dev.handbook.formats;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.SourceFormat;
import dev.handbook.yaml.JsonReader;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the Kubernetes objects of a file: one object, several YAML documents, or a {@code List} (what
 * {@code kubectl get … -o yaml} writes for more than one), in YAML or JSON. Thread-safe.
 */
public final class KubeObjects {

    private static final YamlReader YAML = new YamlReader();
    private static final JsonReader JSON = new JsonReader();
    // YAML at a line's start, or a JSON key anywhere: `jq -c` and other compact JSON put it after `{` on one line
    private static final Pattern API_VERSION = Pattern.compile("(?m)^\\s*apiVersion\\s*:|\"apiVersion\"\\s*:");

    private KubeObjects() {}

    /** Whether the text looks like Kubernetes objects of any group: cheap, for {@code recognises}. */
    public static boolean mayHoldObjects(FormatInput input) {
        return (input.markup() == SourceFormat.YAML || input.markup() == SourceFormat.JSON) && API_VERSION.matcher(input.text()).find();
    }

    /** Whether the text looks like Kubernetes objects of {@code group} ({@code velero.io}): cheap, for {@code recognises}. */
    public static boolean mayHold(FormatInput input, String group) {
        return (input.markup() == SourceFormat.YAML || input.markup() == SourceFormat.JSON) && API_VERSION.matcher(input.text()).find()
                && input.text().contains(group + "/");
    }

    /**
     * Every object in the file, {@code List}s expanded; empty (with the error reported) if it does not parse or an
     * object lacks {@code apiVersion}, {@code kind} or {@code metadata.name}.
     */
    public static Optional<List<KubeObject>> read(FormatInput input, Diagnostics diagnostics) {
        List<YamlNode> documents = input.markup() == SourceFormat.JSON
                ? JSON.read(input.text(), input.displayPath(), diagnostics).map(List::of).orElse(List.of())
                : YAML.readAll(input.text(), input.displayPath(), diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        List<KubeObject> objects = new ArrayList<>();
        boolean valid = true;
        for (YamlNode document : documents) {
            valid &= collect(document, input.displayPath(), objects, diagnostics);
        }
        return valid ? Optional.of(objects) : Optional.empty();
    }

    private static boolean collect(YamlNode node, String path, List<KubeObject> into, Diagnostics diagnostics) {
        if (node instanceof YamlMap map && text(map, "kind").filter(k -> k.equals("List") || k.endsWith("List")).isPresent()
                && at(map, "items").orElse(null) instanceof YamlList items) {
            boolean valid = true;
            for (YamlNode item : items.items()) {
                valid &= collect(item, path, into, diagnostics);
            }
            return valid;
        }
        Optional<String> apiVersion = node instanceof YamlMap map ? text(map, "apiVersion") : Optional.empty();
        Optional<String> kind = node instanceof YamlMap map ? text(map, "kind") : Optional.empty();
        Optional<String> name = node instanceof YamlMap map ? text(map, "metadata.name") : Optional.empty();
        if (apiVersion.isEmpty() || kind.isEmpty() || name.isEmpty()) {
            diagnostics.error("evidence.object", node.position(),
                    "This is not a Kubernetes object: it has no " + (apiVersion.isEmpty() ? "`apiVersion`" : kind.isEmpty() ? "`kind`" : "`metadata.name`") + ".",
                    "Write the file with `kubectl get <kind> <name> -o yaml` (or `-o json`), whole, or leave it out with the source's `exclude:`.");
            return false;
        }
        YamlMap map = (YamlMap) node;
        into.add(new KubeObject(apiVersion.get(), kind.get(), name.get(), text(map, "metadata.namespace").orElse(""),
                strings(map, "metadata.labels"), strings(map, "metadata.annotations"), map));
        return true;
    }

    /** The node at a dotted {@code path} under {@code node}. */
    static Optional<YamlNode> at(YamlNode node, String path) {
        YamlNode here = node;
        for (String key : path.split("\\.")) {
            if (!(here instanceof YamlMap map)) {
                return Optional.empty();
            }
            Optional<YamlMap.Entry> entry = map.entry(key);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            here = entry.get().value();
        }
        return Optional.of(here);
    }

    private static Optional<String> text(YamlMap map, String path) {
        return Nodes.text(map, path);
    }

    private static Map<String, String> strings(YamlMap map, String path) {
        Map<String, String> strings = new LinkedHashMap<>();
        if (at(map, path).orElse(null) instanceof YamlMap found) {
            found.entries().stream().filter(e -> e.value() instanceof YamlScalar s && !s.isNull())
                    .forEach(e -> strings.put(e.key(), ((YamlScalar) e.value()).text()));
        }
        return strings;
    }

    /** Where {@code path} is in the object, or the object's start. */
    public static SourcePosition position(KubeObject object, String path) {
        return Nodes.position(object.node(), path);
    }
}
