package dev.handbook.render.diagram;

import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.model.Runbook;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.model.SpofStatus;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import dev.handbook.render.diagram.GraphSpec.NodeSpec;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The map of the whole handbook. Up to {@link #MAX_NODES} boxes it draws every service, SPOF and runbook; beyond
 * that, one box per service for its SPOFs and no runbooks, and at most {@link #MAX_SERVICES} services, and says so,
 * because a map of 10,000 boxes helps nobody mid-incident. Linear in the number of records and links.
 */
final class HandbookMap {

    static final int MAX_NODES = 150;
    static final int MAX_SERVICES = 100;

    private HandbookMap() {}

    static Optional<GraphView> of(RenderInput input, PageLinks links) {
        List<Service> services = input.catalog().ofKind(EntryKind.SERVICE, Service.class);
        List<Spof> spofs = input.catalog().ofKind(EntryKind.SPOF, Spof.class);
        List<Runbook> runbooks = input.catalog().ofKind(EntryKind.RUNBOOK, Runbook.class);
        Neighbours neighbours = new Neighbours(input.catalog(), input.graph());
        GraphNodes nodes = new GraphNodes(links, input.freshness());
        String title = "Map of services, SPOFs and runbooks";
        if (services.size() + spofs.size() + runbooks.size() <= MAX_NODES) {
            return DependencyGraph.finish(full(services, spofs, runbooks, neighbours, nodes), "map", title, "");
        }
        return grouped(services, spofs, neighbours, nodes, links, title);
    }

    private static GraphSpec full(List<Service> services, List<Spof> spofs, List<Runbook> runbooks, Neighbours neighbours, GraphNodes nodes) {
        GraphSpec g = new GraphSpec();
        services.forEach(s -> g.node(nodes.service(s, false)));
        Map<Spof, List<Runbook>> runbooksOf = new HashMap<>();
        spofs.forEach(s -> runbooksOf.put(s, neighbours.runbooksOf(s)));
        spofs.forEach(s -> g.node(nodes.spof(s, false)));
        runbooks.forEach(r -> g.node(nodes.runbook(r, false)));
        for (Service service : services) {
            neighbours.dependsOn(service).forEach(d -> g.edge(key(service), key(d), "depends"));
        }
        Set<Runbook> linkedToSpof = new HashSet<>();
        for (Spof spof : spofs) {
            neighbours.serviceOf(spof).ifPresent(s -> g.edge(key(s), key(spof), "has"));
            runbooksOf.get(spof).forEach(r -> g.edge(key(spof), key(r), "runbook"));
            linkedToSpof.addAll(runbooksOf.get(spof));
        }
        // A runbook for no SPOF still belongs somewhere: join it to the services it names, in the same colour.
        for (Runbook runbook : runbooks) {
            if (!linkedToSpof.contains(runbook)) {
                neighbours.servicesOf(runbook).forEach(s -> g.edge(key(s), key(runbook), "runbook"));
            }
        }
        return g;
    }

    private static Optional<GraphView> grouped(List<Service> services, List<Spof> spofs, Neighbours neighbours, GraphNodes nodes,
            PageLinks links, String title) {
        Map<Service, int[]> tally = new HashMap<>(); // SPOFs, open, without a runbook
        int[] orphans = new int[3];
        for (Spof spof : spofs) {
            int[] t = neighbours.serviceOf(spof).map(s -> tally.computeIfAbsent(s, k -> new int[3])).orElse(orphans);
            t[0]++;
            t[1] += spof.status() == SpofStatus.OPEN ? 1 : 0;
            t[2] += spof.runbook() == null ? 1 : 0;
        }
        List<Service> shown = services.stream()
                .sorted(Comparator.comparingInt((Service s) -> -tally.getOrDefault(s, new int[3])[0]).thenComparing(Service::id))
                .limit(MAX_SERVICES).toList();
        GraphSpec g = new GraphSpec();
        shown.forEach(s -> g.node(nodes.service(s, false)));
        for (Service service : shown) {
            neighbours.dependsOn(service).forEach(d -> g.edge(key(service), key(d), "depends"));
            int[] t = tally.get(service);
            if (t != null) {
                g.node(group("group:" + service.id().name(), links.to(service).href(), t)).edge(key(service), "group:" + service.id().name(), "has");
            }
        }
        if (orphans[0] > 0) {
            g.node(group("group:no-service", links.href(PagePaths.SPOF_MATRIX), orphans));
        }
        String note = "This handbook has " + spofs.size() + " SPOFs, too many to draw one by one: they are grouped by service and"
                + " runbooks are left out. Open a service for its SPOFs and their runbooks, or see the SPOF matrix."
                + (services.size() > shown.size() ? " Showing the " + shown.size() + " services with the most SPOFs, of " + services.size() + "." : "");
        return DependencyGraph.finish(g, "map", title, note);
    }

    /** A box for a service's SPOFs: how many, how many open, how many without a runbook. */
    private static NodeSpec group(String key, String href, int[] t) {
        String title = t[0] + (t[0] == 1 ? " SPOF" : " SPOFs") + (key.equals("group:no-service") ? " without a service" : "");
        String detail = t[1] + " open · " + t[2] + " without runbook";
        return new NodeSpec(key, href, title, detail, "group", t[1] + t[2] > 0 ? "bad" : "good", false, false);
    }

    private static String key(dev.handbook.model.Entry entry) {
        return DependencyGraph.key(entry);
    }
}
