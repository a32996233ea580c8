package dev.handbook;

import dev.handbook.catalog.Catalog;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.render.CalendarWriter;
import dev.handbook.render.input.EntrySummary;
import dev.handbook.render.Navigation;
import dev.handbook.render.SitePages;
import dev.handbook.render.input.TagIndex;
import dev.handbook.xref.Edge;
import dev.handbook.xref.XrefGraph;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which pages a change affects. A record page shows the record, its converted markup, its freshness, and a
 * one-line summary of each record it links to or that links to it; so it must be re-rendered when any of those
 * change, and so must every page of a kind whose sidebar listing changed. Site-wide pages are re-rendered when what
 * they show may have changed.
 */
final class AffectedPages {

    private AffectedPages() {}

    /**
     * A record's page changes when the record changes, when it is converted again, or when a record it links to or
     * that links to it changes (its one-line summary, or its freshness: a new drill changes the SPOF it targets). So
     * the affected pages are the touched records, the reconverted ones, and the neighbours of touched records in the
     * graphs before and after the change.
     *
     * @param touched ids of records that were added, removed or changed
     * @param reconverted ids whose markup was converted again
     */
    static Set<EntryId> of(Set<EntryId> touched, Set<EntryId> reconverted, Snapshot before, Catalog catalog, XrefGraph graph) {
        Set<EntryId> affected = new HashSet<>(touched);
        affected.addAll(reconverted);
        for (EntryId id : touched) {
            neighbours(before.graph(), id, affected);
            neighbours(graph, id, affected);
            diagramNeighbours(before.graph(), id, affected);
            diagramNeighbours(graph, id, affected);
        }
        touched.stream().map(EntryId::kind).distinct()
                .filter(kind -> !sidebarListing(before.catalog(), kind).equals(sidebarListing(catalog, kind)))
                .forEach(kind -> catalog.ofKind(kind).forEach(e -> affected.add(e.id())));
        affected.removeIf(id -> catalog.find(id).isEmpty());
        return affected;
    }

    /**
     * The site-wide pages whose inputs may have changed: the home page always; an index when a record of its kind was
     * affected, added or removed; the matrix when a SPOF was; the report and the calendar when what they list for an
     * affected record changed.
     */
    static SitePages sitePages(Set<EntryId> affected, Set<EntryId> touched, Snapshot before, Catalog catalog, FreshnessReport freshness) {
        Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
        affected.forEach(id -> kinds.add(id.kind()));
        touched.forEach(id -> kinds.add(id.kind()));
        Set<EntryId> changed = new HashSet<>(affected);
        changed.addAll(touched);
        boolean calendar = changed.stream().anyMatch(id -> !CalendarWriter.eventsOf(before.catalog(), before.freshness(), id)
                .equals(CalendarWriter.eventsOf(catalog, freshness, id)));
        boolean attention = changed.stream().anyMatch(id -> !before.freshness().flags(id).equals(freshness.flags(id)));
        // A tag page lists its records' titles and one-line summaries, the tag index their tags.
        Set<String> tags = new HashSet<>();
        boolean tagIndex = false;
        for (EntryId id : touched) {
            Optional<Entry> was = before.catalog().find(id);
            Optional<Entry> is = catalog.find(id);
            List<String> tagsWas = was.map(e -> e.meta().tags()).orElse(List.of());
            List<String> tagsIs = is.map(e -> e.meta().tags()).orElse(List.of());
            tagIndex |= !tagsWas.equals(tagsIs);
            if (!tagsWas.equals(tagsIs) || !was.map(AffectedPages::tagLine).equals(is.map(AffectedPages::tagLine))) {
                tagsWas.forEach(tag -> tags.add(TagIndex.slug(tag)));
                tagsIs.forEach(tag -> tags.add(TagIndex.slug(tag)));
            }
        }
        boolean map = kinds.contains(EntryKind.SPOF) || kinds.contains(EntryKind.SERVICE) || kinds.contains(EntryKind.RUNBOOK);
        return new SitePages(true, kinds.contains(EntryKind.SPOF), map, attention, calendar, true, tagIndex, false, tags, kinds);
    }

    /** What every page of a kind shows of the kind's records in its sidebar. */
    private static List<String> sidebarListing(Catalog catalog, EntryKind kind) {
        return Navigation.listed(catalog, kind).stream().map(e -> e.id().name() + "\n" + e.title()).toList();
    }

    /** What a tag page shows of a record. */
    private static List<String> tagLine(Entry entry) {
        EntrySummary.Summary summary = EntrySummary.of(entry);
        return List.of(entry.title(), summary.note(), summary.tone());
    }

    /**
     * SPOF and service pages draw records two links away (a SPOF's service's dependents, a service's SPOFs' runbooks),
     * so a change reaches the SPOFs and services linked to its SPOF and service neighbours.
     */
    private static void diagramNeighbours(XrefGraph graph, EntryId id, Set<EntryId> into) {
        Set<EntryId> near = new HashSet<>();
        neighbours(graph, id, near);
        Set<EntryId> far = new HashSet<>();
        near.stream().filter(AffectedPages::drawsDiagram).forEach(n -> neighbours(graph, n, far));
        far.stream().filter(AffectedPages::drawsDiagram).forEach(into::add);
    }

    private static boolean drawsDiagram(EntryId id) {
        return id.kind() == EntryKind.SPOF || id.kind() == EntryKind.SERVICE;
    }

    private static void neighbours(XrefGraph graph, EntryId id, Set<EntryId> into) {
        graph.outgoing(id).stream().map(Edge::to).forEach(into::add);
        graph.incoming(id).stream().map(Edge::from).forEach(into::add);
        graph.supersedes(id).forEach(into::add);
        graph.supersededBy(id).forEach(into::add);
    }
}
