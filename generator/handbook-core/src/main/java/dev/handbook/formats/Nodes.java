package dev.handbook.formats;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lookups in a tool's output read as a positioned tree: dotted paths, texts, lists, and short one-line renderings. */
final class Nodes {

    private static final int SHORT = 160;

    private Nodes() {}

    /** The text at {@code path} under {@code node}, if it is a scalar that is not null. */
    static Optional<String> text(YamlNode node, String path) {
        return KubeObjects.at(node, path).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast).filter(s -> !s.isNull())
                .map(YamlScalar::text);
    }

    /** The items of the list at {@code path}; empty when there is none. */
    static List<YamlNode> items(YamlNode node, String path) {
        return KubeObjects.at(node, path).filter(YamlList.class::isInstance).map(n -> ((YamlList) n).items()).orElse(List.of());
    }

    /** Where {@code path} is written, or where {@code node} starts. */
    static SourcePosition position(YamlNode node, String path) {
        return KubeObjects.at(node, path).map(YamlNode::position).orElse(node.position());
    }

    /** Whether the value at {@code path} is the boolean {@code true}. */
    static boolean isTrue(YamlNode node, String path) {
        return text(node, path).map("true"::equals).orElse(false);
    }

    /** A value on one short line, as a tolerance or an argument is shown: {@code 200}, {@code [0, 0.5]}, {@code {type: regex}}. */
    static String oneLine(YamlNode node) {
        return shortened(render(node));
    }

    /** {@code text} cut to one short line, as pages show a tool's messages. */
    static String shortened(String text) {
        return text.length() <= SHORT ? text : text.substring(0, SHORT - 1) + "…";
    }

    private static String render(YamlNode node) {
        if (node instanceof YamlScalar scalar) {
            return scalar.isNull() ? "null" : scalar.text();
        }
        if (node instanceof YamlList list) {
            return list.items().stream().map(Nodes::render).collect(Collectors.joining(", ", "[", "]"));
        }
        return ((YamlMap) node).entries().stream().map(e -> e.key() + ": " + render(e.value())).collect(Collectors.joining(", ", "{", "}"));
    }
}
