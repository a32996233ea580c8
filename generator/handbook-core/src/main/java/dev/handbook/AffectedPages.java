package dev.handbook;

import dev.handbook.catalog.Catalog;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.xref.Edge;
import dev.handbook.xref.XrefGraph;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which record pages a change affects. A record page shows the record, its converted markup, its freshness, and a
 * one-line summary of each record it links to or that links to it; so it must be re-rendered when any of those
 * change. Site-wide pages (home, indexes, matrix, report, calendar) are always re-rendered.
 */
final class AffectedPages {

    private AffectedPages() {}

    /**
     * @param touched ids of records that were added, removed or changed
     * @param reconverted ids whose markup was converted again
     */
    static Set<EntryId> of(Set<EntryId> touched, Set<EntryId> reconverted, Snapshot before, Catalog catalog, XrefGraph graph,
            FreshnessReport freshness) {
        Set<EntryId> affected = new HashSet<>(touched);
        affected.addAll(reconverted);
        for (EntryId id : touched) {
            neighbours(before.graph(), id, affected);
            neighbours(graph, id, affected);
        }
        for (Entry entry : catalog.entries()) {
            if (!sameFreshness(before.freshness(), freshness, entry.id())) {
                affected.add(entry.id());
            }
        }
        affected.removeIf(id -> catalog.find(id).isEmpty());
        return affected;
    }

    private static void neighbours(XrefGraph graph, EntryId id, Set<EntryId> into) {
        graph.outgoing(id).stream().map(Edge::to).forEach(into::add);
        graph.incoming(id).stream().map(Edge::from).forEach(into::add);
        graph.supersedes(id).forEach(into::add);
        graph.supersededBy(id).forEach(into::add);
    }

    private static boolean sameFreshness(FreshnessReport a, FreshnessReport b, EntryId id) {
        return Objects.equals(a.review(id), b.review(id))
                && a.exercises(id).equals(b.exercises(id))
                && a.flags(id).equals(b.flags(id))
                && a.actionItems(id).equals(b.actionItems(id));
    }
}
