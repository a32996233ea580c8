package dev.handbook.formats;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/** Lookups by dotted path in a tool's output that is not a Kubernetes object (pgBackRest's JSON). */
final class EvidenceNodes {

    private EvidenceNodes() {}

    /** The scalar text at {@code path} under {@code node}, as written (numbers exact); empty if absent or null. */
    static Optional<String> text(YamlNode node, String path) {
        return KubeObjects.at(node, path).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast).filter(s -> !s.isNull())
                .map(YamlScalar::text);
    }

    /** The items of the list at {@code path}, or none. */
    static List<YamlNode> items(YamlNode node, String path) {
        return KubeObjects.at(node, path).filter(YamlList.class::isInstance).map(n -> ((YamlList) n).items()).orElse(List.of());
    }

    /** Where {@code path} is written, or where {@code node} starts. */
    static SourcePosition position(YamlNode node, String path) {
        return KubeObjects.at(node, path).map(YamlNode::position).orElse(node.position());
    }
}
