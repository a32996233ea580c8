package dev.handbook.yaml;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Converts one composed SnakeYAML document into {@link YamlNode}s. Scalars keep their text: no implicit typing. Merge keys
 * ({@code <<}) are applied, since SnakeYAML's composer leaves them to its constructor, which handbook does not use. An alias
 * is the same node as its anchor, so each is converted once and shared, and the values the aliases expand to are
 * counted, so that a file cannot make later stages walk billions of them.
 */
final class YamlTree {

    /** Far above any real record, far below what would hurt. */
    static final int MAX_EXPANDED_VALUES = 100_000;

    private final String path;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
    private final Map<Node, Long> sizes = new IdentityHashMap<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

    YamlTree(String path, int lineOffset, Diagnostics diagnostics) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
    }

    YamlNode node(Node document) {
        if (size(document) > MAX_EXPANDED_VALUES) {
            diagnostics.error("yaml.alias", position(document.getStartMark()),
                    "The aliases in this file expand to more than " + MAX_EXPANDED_VALUES + " values.",
                    "Repeat values where they are needed instead of nesting aliases of aliases.");
            return new YamlScalar("", true, position(document.getStartMark()));
        }
        return convert(document);
    }

    private YamlNode convert(Node node) {
        YamlNode done = converted.get(node);
        if (done != null) {
            return done;
        }
        SourcePosition at = position(node.getStartMark());
        if (!open.add(node)) {
            diagnostics.error("yaml.alias", at, "An alias here stands for a value that contains it, which never ends.",
                    "Repeat the values instead of aliasing the mapping or list they are in.");
            return new YamlScalar("", true, at);
        }
        YamlNode result;
        if (node instanceof MappingNode mapping) {
            result = map(mapping, at);
        } else if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(convert(item)));
            result = new YamlList(items, at);
        } else {
            ScalarNode scalar = (ScalarNode) node;
            boolean plainNull = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && Tag.NULL.equals(scalar.getTag());
            // An empty value (`key:`, `''`) means "not set", like `~`.
            result = plainNull || scalar.getValue().isEmpty() ? new YamlScalar("", true, at) : new YamlScalar(scalar.getValue(), false, at);
        }
        open.remove(node);
        converted.put(node, result);
        return result;
    }

    /**
     * A mapping with its merge keys ({@code <<: *defaults}) applied as YAML 1.1 defines them: keys written in the
     * mapping win over merged ones, and of several merged mappings ({@code <<: [*a, *b]}) the earlier wins. Merged
     * entries keep the positions of the anchor they came from.
     */
    private YamlMap map(MappingNode mapping, SourcePosition at) {
        List<YamlMap.Entry> entries = new ArrayList<>();
        List<YamlMap.Entry> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            SourcePosition keyAt = position(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                diagnostics.error("yaml.key", keyAt, "A key must be a plain name, not a list or a mapping.",
                        "Write `name: value`.");
                continue;
            }
            YamlNode value = convert(tuple.getValueNode());
            if (Tag.MERGE.equals(key.getTag())) {
                merged.addAll(mergedEntries(value));
            } else if (seen.add(key.getValue())) {
                entries.add(new YamlMap.Entry(key.getValue(), keyAt, value));
            } else {
                diagnostics.error("yaml.duplicate-key", keyAt, "Duplicate key '" + key.getValue() + "'.",
                        "Each key may appear once in a mapping: remove or merge this one.");
            }
        }
        merged.stream().filter(e -> seen.add(e.key())).forEach(entries::add);
        return new YamlMap(entries, at);
    }

    /** The entries a merge key's value brings, in order of precedence; a value that is not mappings is reported. */
    private List<YamlMap.Entry> mergedEntries(YamlNode value) {
        List<YamlNode> sources = value instanceof YamlList list ? list.items() : List.of(value);
        List<YamlMap.Entry> entries = new ArrayList<>();
        for (YamlNode source : sources) {
            if (source instanceof YamlMap map) {
                entries.addAll(map.entries());
            } else if (!(source instanceof YamlScalar scalar && scalar.isNull())) {
                diagnostics.error("yaml.merge", source.position(), "A merge key (`<<`) takes a mapping or a list of mappings, not "
                        + source.describe() + ".", "Write `<<: *name` where `&name` marks a mapping, or `<<: [*a, *b]`.");
            }
        }
        return entries;
    }

    /** How many values {@code node} stands for once its aliases are expanded; shared nodes are counted once per use. */
    private long size(Node node) {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        sizes.put(node, 1L); // a recursive alias counts once instead of looping
        long size = 1;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                size = Math.min(Long.MAX_VALUE / 4, size + size(tuple.getKeyNode()) + size(tuple.getValueNode()));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                size = Math.min(Long.MAX_VALUE / 4, size + size(item));
            }
        }
        sizes.put(node, size);
        return size;
    }

    private SourcePosition position(Mark mark) {
        return SourcePosition.of(path, mark.getLine() + lineOffset + 1, mark.getColumn() + 1);
    }
}
