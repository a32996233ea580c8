package dev.handbook.formats;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One Kubernetes object as {@code kubectl get -o yaml|json} writes it (a Litmus ChaosResult, a Chaos Mesh PodChaos, a
 * Velero Backup). Its {@code kind} is the object's kind, never a record field: {@code kind: Backup} is not a drill's kind.
 *
 * @param node the whole object, for fields the reader of its kind looks up by path
 */
public record KubeObject(String apiVersion, String kind, String name, String namespace, Map<String, String> labels,
        Map<String, String> annotations, YamlMap node) {

    public KubeObject {
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
    }

    /** The API group of {@code apiVersion}: {@code velero.io} of {@code velero.io/v1}; empty for the core group. */
    public String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** Where the object starts in its file. */
    public SourcePosition position() {
        return node.position();
    }

    /** The node at {@code path} ({@code status.phase}, {@code spec.selector.namespaces}), if the object has it. */
    public Optional<YamlNode> at(String path) {
        return KubeObjects.at(node, path);
    }

    /** The text at {@code path}, if it is a scalar that is not null. */
    public Optional<String> text(String path) {
        return Nodes.text(node, path);
    }

    /** The scalars of the list at {@code path} (a single scalar counts as a list of one). */
    public List<String> texts(String path) {
        return at(path).map(n -> n instanceof YamlList list ? list.items().stream() : Stream.of(n)).orElse(Stream.empty())
                .filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast).filter(s -> !s.isNull()).map(YamlScalar::text).toList();
    }
}
