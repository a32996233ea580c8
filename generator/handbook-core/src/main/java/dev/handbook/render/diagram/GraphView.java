package dev.handbook.render.diagram;

import java.util.List;

/**
 * A laid-out dependency graph, ready to draw: boxes that link to record pages, and curved edges between them.
 *
 * @param id unique on its page; prefixes the ids of the SVG's title and arrow marker
 * @param title what the graph shows, read out by screen readers and shown above it
 * @param summary a one-sentence text equivalent (counts of what it shows)
 * @param note a caveat shown under the graph when it had to leave records out or group them, or empty
 */
public record GraphView(
        String id,
        String title,
        String summary,
        double width,
        double height,
        List<Node> nodes,
        List<Edge> edges,
        List<LegendItem> legend,
        String note) {

    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legend = List.copyOf(legend);
    }

    /**
     * One box.
     *
     * @param tooltip the full title and state, for the SVG {@code <title>}
     * @param label the title, shortened to fit the box
     * @param detail the kind and state in words, shortened to fit, e.g. {@code SPOF · open · no runbook}
     * @param kind a CSS class: {@code service}, {@code spof}, {@code runbook}, {@code group} or {@code more}
     * @param tone a CSS class for the state: {@code good}, {@code warn}, {@code bad} or empty
     * @param current whether it is the record of the page it is drawn on
     */
    public record Node(
            String href,
            String tooltip,
            String label,
            String detail,
            String kind,
            String tone,
            boolean current,
            double x,
            double y,
            double width,
            double height) {}

    /**
     * One edge as SVG path data, ending on the left side of its target where the arrowhead goes.
     *
     * @param kind a CSS class: {@code depends} (service on service), {@code has} (service to its SPOF), {@code runbook}
     */
    public record Edge(String path, String kind) {}
}
