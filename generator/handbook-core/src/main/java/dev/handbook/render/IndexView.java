package dev.handbook.render;

import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.Derived;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * The view {@code index.ftlh} renders: one kind's records as a table.
 *
 * @param label the kind's plural label, e.g. {@code Runbooks}
 * @param folder the content folder records of the kind go in, for the empty page's hint
 */
public record IndexView(SiteView site, String title, String section, String label, String folder, IndexTable table) implements PageView {

    public static IndexView of(RenderInput input, EntryKind kind) {
        String path = PagePaths.index(kind);
        return new IndexView(SiteView.of(input, path, kind.pluralLabel(), kind.key()), kind.pluralLabel(), kind.key(), kind.pluralLabel(),
                kind.defaultFolder(), input.ask(new TableOf(kind)));
    }

    /**
     * The table alone, made of {@link RowOf}s, so an edit that changes no cell (a runbook's body) leaves a 6,000-row
     * index alone, and an edit to one record works out one row again.
     */
    record TableOf(EntryKind kind) implements Derived<IndexTable> {
        public IndexTable derive(RenderInput input) {
            return IndexTables.table(kind, input.ask(new OrderOf(kind)).stream().map(id -> input.ask(new RowOf(id))).toList());
        }
    }

    /** The ids of the kind's records in the order of its index: the same list after an edit that moves no row. */
    record OrderOf(EntryKind kind) implements Derived<List<EntryId>> {
        public List<EntryId> derive(RenderInput input) {
            return tables(input, kind).ordered(kind).stream().map(Entry::id).toList();
        }
    }

    /**
     * One record's row of its kind's index; empty once the record is gone (a rebuild checks the rows a table read
     * before it checks which records the table lists now).
     */
    record RowOf(EntryId id) implements Derived<List<IndexTable.Cell>> {
        public List<IndexTable.Cell> derive(RenderInput input) {
            return input.catalog().find(id).map(entry -> tables(input, id.kind()).row(entry)).orElse(List.of());
        }
    }

    private static IndexTables tables(RenderInput input, EntryKind kind) {
        return new IndexTables(input, new PageLinks(input, PagePaths.index(kind)));
    }
}
