package dev.handbook.render;

import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.BuildFacts;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.Query;
import dev.handbook.render.input.RenderInput;

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
     * The table alone, worked out from the facts and compared whole, so an edit that changes no cell (a runbook's
     * body) leaves a 6,000-row index alone. It asks only the catalog's and freshness's own queries.
     */
    record TableOf(EntryKind kind) implements Query<IndexTable> {
        public boolean kept() {
            return true;
        }

        public IndexTable answer(BuildFacts facts) {
            RenderInput input = new RenderInput(facts);
            return new IndexTables(input, new PageLinks(input, PagePaths.index(kind))).of(kind);
        }
    }
}
