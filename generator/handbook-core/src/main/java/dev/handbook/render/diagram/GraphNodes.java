package dev.handbook.render.diagram;

import dev.handbook.render.input.FreshnessReads;
import dev.handbook.freshness.ReviewState;
import dev.handbook.freshness.ReviewStatus;
import dev.handbook.model.Runbook;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.model.SpofStatus;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.diagram.GraphSpec.NodeSpec;
import java.util.List;

/**
 * The boxes of dependency graphs: each record's link, its kind and state in words, and the tone that colours it. The
 * words always say what the colour says.
 */
final class GraphNodes {

    private final PageLinks links;
    private final FreshnessReads freshness;

    GraphNodes(PageLinks links, FreshnessReads freshness) {
        this.links = links;
        this.freshness = freshness;
    }

    NodeSpec service(Service service, boolean current) {
        String tier = service.tier() == null || service.tier().isBlank() ? "" : " · tier " + service.tier();
        return new NodeSpec(service.id().toString(), links.to(service).href(), service.title(), "Service" + tier, "service", "", current, false);
    }

    /**
     * A SPOF: bad when open or when it names no runbook, whatever its status says. "No runbook" means an empty
     * {@code runbook} field, as in the xref warning and the SPOF page, so it depends on the SPOF record alone.
     */
    NodeSpec spof(Spof spof, boolean current) {
        boolean hasRunbook = spof.runbook() != null;
        String tone = !hasRunbook || spof.status() == SpofStatus.OPEN ? "bad" : spof.status() == SpofStatus.ACCEPTED_RISK ? "warn" : "good";
        String detail = "SPOF · " + spof.status().wire().replace('-', ' ') + (hasRunbook ? "" : " · no runbook");
        return new NodeSpec(spof.id().toString(), links.to(spof).href(), spof.title(), detail, "spof", tone, current, false);
    }

    /** A runbook, with its review state when it is late. */
    NodeSpec runbook(Runbook runbook, boolean current) {
        ReviewStatus review = freshness.review(runbook.id());
        ReviewState state = review == null ? ReviewState.FRESH : review.state();
        String tone = state == ReviewState.FRESH ? "" : state == ReviewState.DUE_SOON ? "warn" : "bad";
        String detail = "Runbook" + (state == ReviewState.FRESH ? "" : " · " + state.wire().replace('-', ' '));
        return new NodeSpec(runbook.id().toString(), links.to(runbook).href(), runbook.title(), detail, "runbook", tone, current, true);
    }

    /** The box that stands for records left out, linking to where they are all listed. */
    static NodeSpec more(String key, int count, String noun, String href, boolean last) {
        return new NodeSpec("more:" + key, href, "+" + count + " more " + noun, "not drawn: open the list", "more", "", false, last);
    }

    /** The legend keys for the kinds and tones that occur in a graph, in a fixed order. */
    static List<LegendItem> legend(GraphSpec spec) {
        String box = Shapes.box(14, 10);
        List<LegendItem> all = List.of(
                new LegendItem("dg-node service", box, "", "service"),
                new LegendItem("dg-node group", box, "", "SPOFs of a service, grouped"),
                new LegendItem("dg-node spof good", box, "", "SPOF, mitigated"),
                new LegendItem("dg-node spof warn", box, "", "SPOF, accepted risk"),
                new LegendItem("dg-node spof bad", box, "", "SPOF, open or without a runbook"),
                new LegendItem("dg-node runbook", box, "", "runbook"),
                new LegendItem("dg-node runbook warn", box, "", "runbook, review due soon"),
                new LegendItem("dg-node runbook bad", box, "", "runbook, review overdue or never reviewed"));
        return all.stream().filter(item -> spec.nodes().stream().anyMatch(n -> item.css().equals(css(n)))).toList();
    }

    private static String css(NodeSpec n) {
        return "dg-node " + n.kind() + (n.tone().isEmpty() || n.kind().equals("group") ? "" : " " + n.tone());
    }

    /** One sentence that says what the graph holds, for screen readers and for anyone who cannot see it. */
    static String summary(GraphSpec spec) {
        StringBuilder s = new StringBuilder();
        count(s, spec.count("service"), "service", "services");
        count(s, spec.count("spof"), "SPOF", "SPOFs");
        count(s, spec.count("group"), "group of SPOFs", "groups of SPOFs");
        count(s, spec.count("runbook"), "runbook", "runbooks");
        return s + ". Arrows point from a service to what it depends on, to its SPOFs, and from a SPOF to its runbooks; each box links to its page.";
    }

    private static void count(StringBuilder s, long n, String one, String many) {
        if (n > 0) {
            s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(n == 1 ? one : many);
        }
    }
}
