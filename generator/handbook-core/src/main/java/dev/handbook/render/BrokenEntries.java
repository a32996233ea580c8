package dev.handbook.render;

import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import dev.handbook.xref.Edge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The home page's "Something is broken?" list: every service and SPOF with the runbooks to follow, so a responder is
 * one click from the first step. A SPOF's runbook is its {@code runbook:}; a service's are the runbooks naming it in
 * {@code services:}, then the {@code runbook:} of each of its SPOFs. Read from the xref graph, so only resolved links
 * show.
 */
public final class BrokenEntries {

    /** One service or SPOF and its runbooks (none when nobody has written one). */
    public record Entry(LinkView subject, String kind, List<LinkView> runbooks) {}

    private BrokenEntries() {}

    static List<Entry> of(RenderInput input, PageLinks links) {
        List<Entry> entries = new ArrayList<>();
        for (Service service : input.catalog().ofKind(EntryKind.SERVICE, Service.class)) {
            entries.add(new Entry(links.to(service), "service", runbooksOf(service.id(), input, links)));
        }
        for (Spof spof : input.catalog().ofKind(EntryKind.SPOF, Spof.class)) {
            entries.add(new Entry(links.to(spof), "SPOF", links(runbookIds(spof.id(), input), links)));
        }
        return entries;
    }

    /** The runbooks to follow when a service fails (the service page shows them first). */
    static List<LinkView> runbooksOf(EntryId service, RenderInput input, PageLinks links) {
        Set<EntryId> ids = new LinkedHashSet<>(input.graph().referrers(service, EntryKind.RUNBOOK, "services"));
        input.graph().referrers(service, EntryKind.SPOF, "service").stream().sorted().forEach(spof -> ids.addAll(runbookIds(spof, input)));
        return links(ids, links);
    }

    private static List<EntryId> runbookIds(EntryId spof, RenderInput input) {
        return input.graph().outgoing(spof).stream().filter(e -> e.via().equals("runbook")).map(Edge::to).toList();
    }

    private static List<LinkView> links(Iterable<EntryId> ids, PageLinks links) {
        List<LinkView> found = new ArrayList<>();
        ids.forEach(id -> found.add(links.to(id)));
        return found;
    }
}
