package dev.handbook.publish;

import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The reading order of the offline handbook: the home page, then each kind's index and records, then every other page.
 */
final class OfflineOrder {

    /** The order of the site's navigation: what a responder reaches for first comes first. */
    static final List<EntryKind> KINDS = List.of(EntryKind.RUNBOOK, EntryKind.SPOF, EntryKind.SERVICE, EntryKind.POSTMORTEM,
            EntryKind.DRILL, EntryKind.CHAOS, EntryKind.BACKUP, EntryKind.ADR);

    /**
     * One group of the table of contents.
     *
     * @param paths the pages, in reading order
     * @param headed whether the first page is the chapter's own (home, a kind's index), linked from its heading
     */
    record Chapter(String label, List<String> paths, boolean headed) {
        Chapter {
            paths = List.copyOf(paths);
        }
    }

    private OfflineOrder() {}

    /** Sorts {@code htmlPaths} into chapters; chapters without pages are left out. */
    static List<Chapter> chapters(Collection<String> htmlPaths) {
        TreeSet<String> rest = new TreeSet<>(htmlPaths);
        rest.remove(PagePaths.NOT_FOUND); // a web server's page, not a chapter
        List<Chapter> chapters = new ArrayList<>();
        if (rest.remove(PagePaths.HOME)) {
            chapters.add(new Chapter("Home", List.of(PagePaths.HOME), true));
        }
        for (EntryKind kind : KINDS) {
            List<String> paths = new ArrayList<>();
            boolean headed = rest.remove(PagePaths.index(kind));
            if (headed) {
                paths.add(PagePaths.index(kind));
            }
            String folder = kind.defaultFolder() + "/";
            List<String> records = rest.subSet(folder, folder + Character.MAX_VALUE).stream().toList();
            rest.removeAll(records);
            paths.addAll(records);
            if (!paths.isEmpty()) {
                chapters.add(new Chapter(kind.pluralLabel(), paths, headed));
            }
        }
        if (!rest.isEmpty()) {
            chapters.add(new Chapter("Other pages", List.copyOf(rest), false));
        }
        return chapters;
    }
}
