package dev.handbook.cli;

import dev.handbook.parse.FrontMatter;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A file's YAML front matter, edited as text: a value replaced or a list item added where it was written, by the
 * positions SnakeYAML's composer gives, so comments, key order, quoting and every other line stay byte for byte (a
 * re-serialised front matter would lose them). New keys go on a line of their own at the end of the front matter.
 *
 * <p>Not thread-safe: one per file edited.
 */
final class FrontMatterText {

    private final String path;
    private final String before;
    private final String after;
    private String yaml;

    private FrontMatterText(String path, String before, String yaml, String after) {
        this.path = path;
        this.before = before;
        this.yaml = yaml;
        this.after = after;
    }

    /** The front matter of {@code text}, if the file has one; {@code path} names the file in errors. */
    static Optional<FrontMatterText> of(String path, String text) {
        return FrontMatter.split(text).map(split -> {
            int start = text.indexOf('\n') + 1;
            int end = start + split.yaml().length();
            return new FrontMatterText(path, text.substring(0, start), split.yaml(), text.substring(end));
        });
    }

    /** Whether the front matter has the key {@code key}. */
    boolean has(String key) {
        return value(key).isPresent();
    }

    /** The scalar {@code key} set to {@code value} (quoted when YAML needs it), or a new {@code key: value} line. */
    void set(String key, String value) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            append(key + ": " + YamlText.scalar(value));
        } else if (node.get() instanceof ScalarNode scalar && text(scalar).isEmpty()) {
            afterColon(key, YamlText.scalar(value));
        } else if (node.get() instanceof ScalarNode scalar) {
            replace(scalar, YamlText.scalar(value));
        } else {
            throw AdrLinkEditor.cannotEdit(path, "its '" + key + "' is not a single value");
        }
    }

    /**
     * {@code item} (YAML text: a scalar or a flow mapping) added to the list {@code key}: after the last item of a
     * block list, inside the brackets of a flow list, or as {@code key: [item]} where there was none or one value.
     */
    void add(String key, String item) {
        Optional<Node> found = value(key);
        if (found.isEmpty()) {
            append(key + ": [" + item + "]");
        } else if (found.get() instanceof ScalarNode scalar && text(scalar).isEmpty()) {
            afterColon(key, "[" + item + "]");
        } else if (found.get() instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null")) {
            replace(scalar, "[" + item + "]"); // ~ or null: no value yet
        } else if (found.get() instanceof ScalarNode scalar) {
            replace(scalar, "[" + text(scalar) + ", " + item + "]");
        } else if (found.get() instanceof SequenceNode list && list.getFlowStyle() == FlowStyle.FLOW) {
            int close = offset(list.getEndMark()) - 1;
            yaml = yaml.substring(0, close) + (list.getValue().isEmpty() ? "" : ", ") + item + yaml.substring(close);
        } else if (found.get() instanceof SequenceNode list && !list.getValue().isEmpty()) {
            Node first = list.getValue().get(0);
            int firstAt = offset(first.getStartMark());
            String prefix = yaml.substring(yaml.lastIndexOf('\n', firstAt - 1) + 1, firstAt);
            int end = lineEnd(list.getValue().get(list.getValue().size() - 1));
            yaml = yaml.substring(0, end) + prefix + item + "\n" + yaml.substring(end);
        } else {
            throw AdrLinkEditor.cannotEdit(path, "its '" + key + "' is not a list");
        }
    }

    /** The whole file, with the edits; checked to be YAML still. */
    String text() {
        root();
        return before + yaml + after;
    }

    private Optional<Node> value(String key) {
        return tuple(key).map(NodeTuple::getValueNode);
    }

    private Node keyNode(String key) {
        return tuple(key).orElseThrow().getKeyNode();
    }

    private Optional<NodeTuple> tuple(String key) {
        List<NodeTuple> tuples = root().getValue();
        return tuples.stream().filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)).findFirst();
    }

    private MappingNode root() {
        Node root;
        try {
            root = new Yaml().compose(new StringReader(yaml));
        } catch (YAMLException e) {
            throw AdrLinkEditor.cannotEdit(path, "its front matter is not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!(root instanceof MappingNode map) || map.getFlowStyle() == FlowStyle.FLOW) {
            throw AdrLinkEditor.cannotEdit(path, "its front matter is not `key: value` lines");
        }
        return map;
    }

    /** A value where the key has none ({@code key:} and the line end, or a comment): right after the colon. */
    private void afterColon(String key, String value) {
        int colon = yaml.indexOf(':', offset(keyNode(key).getEndMark()));
        yaml = yaml.substring(0, colon + 1) + " " + value + yaml.substring(colon + 1);
    }

    private void append(String line) {
        yaml = yaml + line + "\n";
    }

    private void replace(ScalarNode scalar, String with) {
        yaml = yaml.substring(0, offset(scalar.getStartMark())) + with + yaml.substring(offset(scalar.getEndMark()));
    }

    private String text(ScalarNode scalar) {
        return yaml.substring(offset(scalar.getStartMark()), offset(scalar.getEndMark()));
    }

    /** Where the line after {@code node} starts: past its last scalar, or where a block scalar's last line ended. */
    private int lineEnd(Node node) {
        Node last = node;
        while (last instanceof SequenceNode s && s.getFlowStyle() == FlowStyle.BLOCK && !s.getValue().isEmpty()
                || last instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK && !m.getValue().isEmpty()) {
            last = last instanceof SequenceNode s ? s.getValue().get(s.getValue().size() - 1)
                    : ((MappingNode) last).getValue().get(((MappingNode) last).getValue().size() - 1).getValueNode();
        }
        int end = offset(last.getEndMark());
        boolean block = last instanceof ScalarNode s && (s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED);
        if (block && end > 0 && yaml.charAt(end - 1) == '\n') {
            return end;
        }
        int newline = yaml.indexOf('\n', end);
        return newline < 0 ? yaml.length() : newline + 1;
    }

    /** A mark's place in the text, by line and column (SnakeYAML counts code points, Java strings UTF-16 units). */
    private int offset(Mark mark) {
        int lineStart = 0;
        for (int line = 0; line < mark.getLine(); line++) {
            lineStart = yaml.indexOf('\n', lineStart) + 1;
        }
        return yaml.offsetByCodePoints(lineStart, mark.getColumn());
    }
}
