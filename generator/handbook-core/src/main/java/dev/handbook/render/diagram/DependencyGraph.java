package dev.handbook.render.diagram;

import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.model.Runbook;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.util.List;
import java.util.Optional;

/**
 * Dependency graphs of services, SPOFs and runbooks: the neighbourhood of a SPOF or of a service for its page, and the
 * whole handbook for the map page. Columns run services, SPOFs, runbooks; arrows go from a service to the services it
 * depends on and to its SPOFs, and from a SPOF to its runbooks.
 *
 * <pre><code>
 * DependencyGraph.ofSpof(spof, input, links).ifPresent(g -&gt; model.put("graph", g));
 * </code></pre>
 *
 * <p>Stateless; the views it returns are immutable.
 */
public final class DependencyGraph {

    /** Boxes per column on a record page; a big service would otherwise draw hundreds. */
    static final int MAX_PER_COLUMN = 20;

    private DependencyGraph() {}

    /**
     * A SPOF, the service it belongs to, the services that depend on that service (its wider blast radius) and the
     * SPOF's runbooks. Reads the SPOF, its {@code service}, its {@code runbook}, the runbooks whose {@code spofs} name
     * it and, two hops away, the services whose {@code depends_on} names its service. Empty when the SPOF has neither
     * service nor runbook.
     */
    public static Optional<GraphView> ofSpof(Spof spof, RenderInput input, PageLinks links) {
        Neighbours neighbours = new Neighbours(input.catalog(), input.graph());
        GraphNodes nodes = new GraphNodes(links, input.freshness());
        GraphSpec g = new GraphSpec();
        g.node(nodes.spof(spof, true));
        neighbours.serviceOf(spof).ifPresent(service -> {
            g.node(nodes.service(service, false)).edge(key(service), key(spof), "has");
            List<Service> dependents = neighbours.dependents(service);
            for (Service dependent : capped(dependents)) {
                g.node(nodes.service(dependent, false)).edge(key(dependent), key(service), "depends");
            }
            more(g, dependents.size() - MAX_PER_COLUMN, "services", links.to(service).href(), false, "dependents", key(service), true);
        });
        addRunbooks(g, nodes, links, spof, neighbours.runbooksOf(spof));
        return finish(g, "graph", "Dependencies of " + spof.title(), "");
    }

    /**
     * A service, the services it depends on and that depend on it, its SPOFs, and their runbooks. Reads the service,
     * its {@code depends_on} targets, the services and SPOFs that name it and, two hops away, the runbooks of its
     * SPOFs. Empty when the service is connected to nothing.
     */
    public static Optional<GraphView> ofService(Service service, RenderInput input, PageLinks links) {
        Neighbours neighbours = new Neighbours(input.catalog(), input.graph());
        GraphNodes nodes = new GraphNodes(links, input.freshness());
        GraphSpec g = new GraphSpec();
        g.node(nodes.service(service, true));
        List<Service> dependsOn = neighbours.dependsOn(service);
        for (Service dependency : capped(dependsOn)) {
            g.node(nodes.service(dependency, false)).edge(key(service), key(dependency), "depends");
        }
        more(g, dependsOn.size() - MAX_PER_COLUMN, "dependencies", links.href(PagePaths.index(EntryKind.SERVICE)), false, "depends-on", key(service), false);
        List<Service> dependents = neighbours.dependents(service);
        for (Service dependent : capped(dependents)) {
            g.node(nodes.service(dependent, false)).edge(key(dependent), key(service), "depends");
        }
        more(g, dependents.size() - MAX_PER_COLUMN, "dependents", links.href(PagePaths.index(EntryKind.SERVICE)), false, "dependents", key(service), true);
        List<Spof> spofs = neighbours.spofsOf(service);
        for (Spof spof : capped(spofs)) {
            g.node(nodes.spof(spof, false)).edge(key(service), key(spof), "has");
            addRunbooks(g, nodes, links, spof, neighbours.runbooksOf(spof));
        }
        more(g, spofs.size() - MAX_PER_COLUMN, "SPOFs", links.href(PagePaths.SPOF_MATRIX), false, "spofs", key(service), false);
        return finish(g, "graph", "Dependencies of " + service.title(), "");
    }

    /**
     * Every service, SPOF and runbook of the handbook; past a few hundred records, SPOFs grouped per service and
     * runbooks left out, with a note saying so. Reads every service, SPOF and runbook. Empty for a handbook without any.
     */
    public static Optional<GraphView> ofHandbook(RenderInput input, PageLinks links) {
        return HandbookMap.of(input, links);
    }

    private static void addRunbooks(GraphSpec g, GraphNodes nodes, PageLinks links, Spof spof, List<Runbook> runbooks) {
        long drawn = g.count("runbook");
        int added = 0;
        for (Runbook runbook : runbooks) {
            if (!g.has(key(runbook)) && drawn + added >= MAX_PER_COLUMN) {
                break;
            }
            added += g.has(key(runbook)) ? 0 : 1;
            g.node(nodes.runbook(runbook, false)).edge(key(spof), key(runbook), "runbook");
        }
        long missing = runbooks.stream().filter(r -> !g.has(key(r))).count();
        more(g, (int) missing, "runbooks", links.href(PagePaths.index(EntryKind.RUNBOOK)),
                true, "runbooks-" + spof.id().name(), key(spof), false);
    }

    /** Adds a "+N more" box joined to {@code anchor} when {@code hidden} records were left out. */
    private static void more(GraphSpec g, int hidden, String noun, String href, boolean last, String name, String anchor, boolean pointsAtAnchor) {
        if (hidden <= 0) {
            return;
        }
        GraphSpec.NodeSpec node = GraphNodes.more(name, hidden, noun, href, last);
        g.node(node);
        if (pointsAtAnchor) {
            g.edge(node.key(), anchor, "more");
        } else {
            g.edge(anchor, node.key(), "more");
        }
    }

    private static <T> List<T> capped(List<T> list) {
        return list.size() <= MAX_PER_COLUMN ? list : list.subList(0, MAX_PER_COLUMN);
    }

    static String key(dev.handbook.model.Entry entry) {
        return entry.id().toString();
    }

    static Optional<GraphView> finish(GraphSpec g, String id, String title, String note) {
        if (g.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(LayeredLayout.layout(g, id, title, GraphNodes.summary(g), GraphNodes.legend(g), note));
    }
}
