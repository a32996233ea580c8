package dev.handbook.render.diagram;

import dev.handbook.render.diagram.GraphSpec.EdgeSpec;
import dev.handbook.render.diagram.GraphSpec.NodeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple Sugiyama-style layout: columns by longest path ({@link Layering}), a placeholder in every column an edge
 * passes through (so long edges run between boxes, not through them), two barycentre sweeps to reduce crossings, then
 * each box moved towards the middle of its neighbours. Deterministic: the starting order is by kind and title, and
 * every sort is stable. Linear in the size of the graph apart from sorting each column.
 */
final class LayeredLayout {

    static final double NODE_WIDTH = 200;
    static final double NODE_HEIGHT = 46;
    static final double LABEL_SIZE = 13;
    static final double DETAIL_SIZE = 11;
    private static final double PADDING = 8;
    private static final double COLUMN_GAP = 64;
    private static final double ROW_GAP = 14;
    private static final double DUMMY_HEIGHT = 4;
    private static final double MARGIN = 6;

    private final List<NodeSpec> specs;
    private final VertexColumns columns;

    private LayeredLayout(List<NodeSpec> specs, VertexColumns columns) {
        this.specs = specs;
        this.columns = columns;
    }

    static GraphView layout(GraphSpec spec, String id, String title, String summary, List<LegendItem> legend, String note) {
        List<NodeSpec> nodes = new ArrayList<>(spec.nodes());
        nodes.sort(Comparator.comparingInt(NodeSpec::kindRank).thenComparing(n -> n.title().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(NodeSpec::key));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).key(), i);
        }
        List<List<Integer>> out = Layering.empty(nodes.size());
        for (EdgeSpec e : spec.edges()) {
            out.get(index.get(e.from())).add(index.get(e.to()));
        }
        boolean[] last = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            last[i] = nodes.get(i).last();
        }
        int[] layer = Layering.layers(out, last);
        VertexColumns columns = new VertexColumns(layer);
        List<EdgeSpec> edgeSpecs = spec.edges();
        List<int[]> chains = new ArrayList<>();
        for (EdgeSpec e : edgeSpecs) {
            chains.add(columns.chain(index.get(e.from()), index.get(e.to())));
        }
        columns.order();
        LayeredLayout layout = new LayeredLayout(nodes, columns);
        double[] top = layout.place();
        return layout.view(id, title, summary, legend, note, top, edgeSpecs, chains);
    }

    private double height(int v) {
        return columns.isDummy(v) ? DUMMY_HEIGHT : NODE_HEIGHT;
    }

    private double x(int v) {
        return MARGIN + columns.layerOf(v) * (NODE_WIDTH + COLUMN_GAP);
    }

    /** The top of every vertex: stacked in column order, then pulled towards its neighbours, left-right-left. */
    private double[] place() {
        double[] top = new double[columns.size()];
        for (List<Integer> column : columns.columns()) {
            double y = 0;
            for (int v : column) {
                top[v] = y;
                y += height(v) + ROW_GAP;
            }
        }
        for (int round = 0; round < 3; round++) {
            boolean forward = round % 2 == 0;
            List<List<Integer>> cols = columns.columns();
            for (int i = 0; i < cols.size(); i++) {
                List<Integer> column = cols.get(forward ? i : cols.size() - 1 - i);
                align(column, top, forward);
            }
        }
        double min = Double.MAX_VALUE;
        for (double t : top) {
            min = Math.min(min, t);
        }
        for (int v = 0; v < top.length; v++) {
            top[v] = top[v] - min + MARGIN;
        }
        return top;
    }

    /** Moves a column's vertices towards the mean centre of their neighbours on one side, keeping order and gaps. */
    private void align(List<Integer> column, double[] top, boolean byPredecessors) {
        double[] desired = new double[column.size()];
        boolean any = false;
        for (int i = 0; i < column.size(); i++) {
            int v = column.get(i);
            List<Integer> neighbours = byPredecessors ? columns.predecessors(v) : columns.successors(v);
            desired[i] = top[v];
            if (!neighbours.isEmpty()) {
                desired[i] = neighbours.stream().mapToDouble(u -> top[u] + height(u) / 2).average().orElse(0) - height(v) / 2;
                any = true;
            }
        }
        if (!any) {
            return;
        }
        double[] placed = new double[column.size()];
        double shift = 0;
        for (int i = 0; i < column.size(); i++) {
            double minTop = i == 0 ? -Double.MAX_VALUE : placed[i - 1] + height(column.get(i - 1)) + ROW_GAP;
            placed[i] = Math.max(desired[i], minTop);
            shift += placed[i] - desired[i];
        }
        shift /= column.size(); // pushing down only would drift every column downwards: split the difference
        for (int i = 0; i < column.size(); i++) {
            top[column.get(i)] = placed[i] - shift;
        }
    }

    private GraphView view(String id, String title, String summary, List<LegendItem> legend, String note, double[] top,
            List<EdgeSpec> edgeSpecs, List<int[]> chains) {
        List<GraphView.Node> nodes = new ArrayList<>();
        double bottom = 0;
        for (int v = 0; v < columns.size(); v++) {
            bottom = Math.max(bottom, top[v] + height(v));
        }
        for (int v = 0; v < specs.size(); v++) {
            NodeSpec s = specs.get(v);
            double inner = NODE_WIDTH - 2 * PADDING;
            nodes.add(new GraphView.Node(s.href(), s.title() + " — " + s.detail(), Labels.fit(s.title(), inner, LABEL_SIZE),
                    Labels.fit(s.detail(), inner, DETAIL_SIZE), s.kind(), s.tone(), s.current(),
                    Svg.round(x(v)), Svg.round(top[v]), NODE_WIDTH, NODE_HEIGHT));
        }
        nodes.sort(Comparator.comparingDouble(GraphView.Node::x).thenComparingDouble(GraphView.Node::y));
        List<GraphView.Edge> edges = new ArrayList<>();
        for (int i = 0; i < edgeSpecs.size(); i++) {
            edges.add(new GraphView.Edge(path(chains.get(i), top), edgeSpecs.get(i).kind()));
        }
        edges.sort(Comparator.comparing(GraphView.Edge::path));
        int layers = columns.columns().size();
        double width = 2 * MARGIN + layers * NODE_WIDTH + Math.max(0, layers - 1) * COLUMN_GAP;
        return new GraphView(id, title, summary, Svg.round(width), Svg.round(bottom + MARGIN), nodes, edges, legend, note);
    }

    /** Path data through the chain's placeholders: curves between columns, straight lines across placeholders. */
    private String path(int[] chain, double[] top) {
        int from = chain[0];
        int to = chain[chain.length - 1];
        double cx = x(from) + NODE_WIDTH;
        double cy = top[from] + NODE_HEIGHT / 2;
        StringBuilder d = new StringBuilder("M ").append(Svg.point(cx, cy));
        if (columns.layerOf(to) <= columns.layerOf(from)) { // a dependency loop: swing round to the target's left side
            return d.append(" ").append(Svg.curve(cx, cy, x(to), top[to] + NODE_HEIGHT / 2)).toString();
        }
        for (int k = 1; k < chain.length; k++) {
            int v = chain[k];
            double vy = top[v] + height(v) / 2;
            d.append(" ").append(Svg.curve(cx, cy, x(v), vy));
            cx = x(v) + NODE_WIDTH;
            cy = vy;
            if (columns.isDummy(v)) {
                d.append(" L ").append(Svg.point(cx, cy));
            }
        }
        return d.toString();
    }
}
