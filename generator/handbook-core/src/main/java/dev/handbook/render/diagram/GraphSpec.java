package dev.handbook.render.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes and edges of a graph before layout. Builders fill one in and hand it to {@link LayeredLayout}; it is
 * mutable and never leaves this package.
 */
final class GraphSpec {

    /** The order kinds take within a column before crossings are reduced, and left to right when unconnected. */
    static final List<String> KIND_ORDER = List.of("service", "group", "spof", "runbook", "more");

    /**
     * A node.
     *
     * @param key unique within the graph, e.g. the record's id
     * @param last whether it belongs in the rightmost column whatever its edges (runbooks)
     */
    record NodeSpec(String key, String href, String title, String detail, String kind, String tone, boolean current, boolean last) {

        int kindRank() {
            int rank = KIND_ORDER.indexOf(kind);
            return rank < 0 ? KIND_ORDER.size() : rank;
        }
    }

    record EdgeSpec(String from, String to, String kind) {}

    private final Map<String, NodeSpec> nodes = new LinkedHashMap<>();
    private final Set<EdgeSpec> edges = new LinkedHashSet<>();

    /** Adds a node; a second node with the same key is ignored, so a record reached twice appears once. */
    GraphSpec node(NodeSpec node) {
        nodes.putIfAbsent(node.key(), node);
        return this;
    }

    boolean has(String key) {
        return nodes.containsKey(key);
    }

    /** Adds an edge between nodes added before; self-loops and edges to unknown nodes are dropped. */
    GraphSpec edge(String from, String to, String kind) {
        if (!from.equals(to) && nodes.containsKey(from) && nodes.containsKey(to)) {
            edges.add(new EdgeSpec(from, to, kind));
        }
        return this;
    }

    List<NodeSpec> nodes() {
        return Collections.unmodifiableList(new ArrayList<>(nodes.values()));
    }

    List<EdgeSpec> edges() {
        return List.copyOf(edges);
    }

    int size() {
        return nodes.size();
    }

    long count(String kind) {
        return nodes.values().stream().filter(n -> n.kind().equals(kind)).count();
    }
}
