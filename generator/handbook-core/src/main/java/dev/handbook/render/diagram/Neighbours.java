package dev.handbook.render.diagram;

import dev.handbook.render.input.CatalogReads;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Runbook;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.xref.Edge;
import dev.handbook.render.input.GraphReads;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The typed relations diagrams draw, read from the xref graph (not from the references as written) so that only
 * resolved links show, exactly as the rest of the page shows them. Each method names the fields it follows.
 */
final class Neighbours {

    private final CatalogReads catalog;
    private final GraphReads graph;

    Neighbours(CatalogReads catalog, GraphReads graph) {
        this.catalog = catalog;
        this.graph = graph;
    }

    /** The service a SPOF names in {@code service}. */
    Optional<Service> serviceOf(Spof spof) {
        return targets(spof.id(), "service", EntryKind.SERVICE, Service.class).stream().findFirst();
    }

    /** The SPOF's {@code runbook}, then the runbooks whose {@code spofs} name it, sorted by id. */
    List<Runbook> runbooksOf(Spof spof) {
        Set<Runbook> runbooks = new LinkedHashSet<>(targets(spof.id(), "runbook", EntryKind.RUNBOOK, Runbook.class));
        runbooks.addAll(referrers(spof.id(), EntryKind.RUNBOOK, "spofs", Runbook.class));
        return List.copyOf(runbooks);
    }

    /** The SPOFs whose {@code service} names the service. */
    List<Spof> spofsOf(Service service) {
        return referrers(service.id(), EntryKind.SPOF, "service", Spof.class);
    }

    /** The services the service names in {@code depends_on}. */
    List<Service> dependsOn(Service service) {
        return targets(service.id(), "depends_on", EntryKind.SERVICE, Service.class);
    }

    /** The services whose {@code depends_on} names the service. */
    List<Service> dependents(Service service) {
        return referrers(service.id(), EntryKind.SERVICE, "depends_on", Service.class);
    }


    /** The services a runbook names in {@code services}. */
    List<Service> servicesOf(Runbook runbook) {
        return targets(runbook.id(), "services", EntryKind.SERVICE, Service.class);
    }

    /** Records of {@code kind} that name {@code id} in {@code field}, sorted by id. */
    <T> List<T> referrers(EntryId id, EntryKind kind, String field, Class<T> type) {
        return graph.referrers(id, kind, field).stream().sorted().map(r -> type.cast(catalog.get(r))).toList();
    }

    private <T> List<T> targets(EntryId id, String field, EntryKind kind, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Edge edge : graph.outgoing(id)) {
            if (edge.via().equals(field) && edge.to().kind() == kind) {
                found.add(type.cast(catalog.get(edge.to())));
            }
        }
        return found;
    }
}
