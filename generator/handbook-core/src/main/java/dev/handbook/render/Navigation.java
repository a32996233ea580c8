package dev.handbook.render;

import dev.handbook.model.EntryId;
import dev.handbook.render.input.BuildFacts;
import dev.handbook.render.input.Query;
import dev.handbook.render.input.RenderInput;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sidebar and breadcrumbs of a page. The sidebar lists the sections of the site and, under the current one, its
 * records, unless there are too many to scan (then the section's index and the search serve better). Stateless.
 */
public final class Navigation {

    /** Sections with more records than this list none in the sidebar. */
    static final int LISTED_RECORDS = 60;

    static final List<EntryKind> ORDER = List.of(EntryKind.RUNBOOK, EntryKind.SPOF, EntryKind.SERVICE,
            EntryKind.POSTMORTEM, EntryKind.DRILL, EntryKind.CHAOS, EntryKind.BACKUP, EntryKind.ADR);

    /** Dated records newest first, ADRs by id, the rest by title: the order people look for them in. */
    private static final Set<EntryKind> NEWEST_FIRST = Set.of(EntryKind.POSTMORTEM, EntryKind.DRILL, EntryKind.CHAOS);

    private Navigation() {}

    /** The sidebar of the page at {@code path} in {@code section} (a kind's key, or a site page's name). */
    static List<NavItem> sidebar(RenderInput input, String path, String section) {
        List<NavItem> items = new ArrayList<>();
        items.add(item("Home", path, PagePaths.HOME, section.equals("home")));
        for (EntryKind kind : ORDER) {
            boolean current = section.equals(kind.key());
            List<NavItem> records = current
                    ? input.ask(new Listed(kind)).stream().map(e -> item(e.title(), path, PagePaths.entry(e.id()), PagePaths.entry(e.id()).equals(path))).toList()
                    : List.of();
            items.add(new NavItem(kind.pluralLabel(), PagePaths.relative(path, PagePaths.index(kind)), -1, current, records));
        }
        if (input.alerts().any()) { // only a handbook with alerts has the section
            items.add(item("Alerts", path, PagePaths.ALERTS, section.equals("alerts") || section.equals("alert")));
        }
        items.add(item("Dependency map", path, PagePaths.MAP, section.equals("map")));
        items.add(item("SPOF matrix", path, PagePaths.SPOF_MATRIX, section.equals("matrix")));
        items.add(item("Needs attention", path, PagePaths.ATTENTION, section.equals("attention")));
        items.add(item("Verification", path, PagePaths.VERIFICATION, section.equals("verification")));
        items.add(item("Tags", path, PagePaths.TAGS, section.equals("tags")));
        return items;
    }

    /** Home, then the section's index for a record or tag page; the page itself last, as the current one. */
    static List<NavItem> crumbs(String path, String section, String title) {
        if (path.equals(PagePaths.HOME)) {
            return List.of();
        }
        List<NavItem> crumbs = new ArrayList<>();
        crumbs.add(item("Home", path, PagePaths.HOME, false));
        ORDER.stream().filter(kind -> kind.key().equals(section) && !path.equals(PagePaths.index(kind)))
                .forEach(kind -> crumbs.add(item(kind.pluralLabel(), path, PagePaths.index(kind), false)));
        if (section.equals("alert")) {
            crumbs.add(item("Alerts", path, PagePaths.ALERTS, false));
        }
        if (section.equals("tags") && !path.equals(PagePaths.TAGS)) {
            crumbs.add(item("Tags", path, PagePaths.TAGS, false));
        }
        crumbs.add(item(title, path, path, true));
        return crumbs;
    }

    /** A record as the sidebar lists it. */
    record Listing(EntryId id, String title) {}

    /**
     * The records the sidebar lists under a kind, in order; empty when there are too many. Every page of the kind
     * shows this list, so they all change when it does, and only then: a record's body is not in it.
     */
    record Listed(EntryKind kind) implements Query<List<Listing>> {
        public boolean kept() {
            return true;
        }

        public List<Listing> answer(BuildFacts facts) {
            List<Entry> entries = facts.catalog().ofKind(kind);
            if (entries.size() > LISTED_RECORDS) {
                return List.of();
            }
            Comparator<Entry> order = NEWEST_FIRST.contains(kind)
                    ? Comparator.comparing((Entry e) -> e.id().name()).reversed()
                    : kind == EntryKind.ADR ? Comparator.comparing((Entry e) -> e.id().name())
                    : Comparator.comparing((Entry e) -> e.title().toLowerCase(Locale.ROOT)).thenComparing(Entry::id);
            return entries.stream().sorted(order).map(e -> new Listing(e.id(), e.title())).toList();
        }
    }

    private static NavItem item(String label, String fromPage, String toPage, boolean current) {
        return new NavItem(label, PagePaths.relative(fromPage, toPage), -1, current);
    }
}
