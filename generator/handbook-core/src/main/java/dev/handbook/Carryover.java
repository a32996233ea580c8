package dev.handbook;

import dev.handbook.convert.Conversions;
import dev.handbook.model.EntryId;
import dev.handbook.publish.StaticAssets;
import dev.handbook.render.Page;
import dev.handbook.render.RenderedSite;
import dev.handbook.search.SearchIndex;
import dev.handbook.xref.XrefGraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a build takes over from the build before it: conversions and cross-references of records that did not change,
 * pages whose reads still answer the same, search documents, static assets. A full build takes over {@link #NOTHING},
 * so full builds and rebuilds run the same stages.
 *
 * @param touched the records whose files changed, which conversions and the graph must redo
 * @param graph the previous graph, to update for {@code touched}; empty to resolve every record
 * @param assets the previous static assets; empty to read them again
 */
record Carryover(Conversions conversions, Set<EntryId> touched, Optional<XrefGraph> graph, RenderedSite site, SearchIndex search,
        List<Page> assets) {

    static final Carryover NOTHING = new Carryover(new Conversions(Map.of()), Set.of(), Optional.empty(), RenderedSite.NONE,
            SearchIndex.EMPTY, List.of());

    Carryover {
        touched = Set.copyOf(touched);
        assets = List.copyOf(assets);
    }

    /**
     * Everything of {@code previous} that still holds after {@code touched} changed on disk and nothing under site/;
     * its pages only if {@code withPages} (not when the templates changed or it rendered none).
     */
    static Carryover of(Snapshot previous, Set<EntryId> touched, boolean withPages) {
        return (withPages ? pagesOf(previous, true) : NOTHING).withRecordsOf(previous, touched);
    }

    /** These pages, with {@code previous}'s conversions and graph, which still hold for every record but {@code touched}. */
    Carryover withRecordsOf(Snapshot previous, Set<EntryId> touched) {
        return new Carryover(previous.conversions(), touched, previous.hasErrors() ? Optional.empty() : Optional.of(previous.graph()),
                site, search, assets);
    }

    /**
     * Only the pages of {@code previous}, for a build that parses everything again (site configuration changed): each
     * page is reused if its reads still answer the same, which they do not if it shows the changed configuration.
     */
    static Carryover pagesOf(Snapshot previous, boolean sameAssets) {
        List<Page> assets = sameAssets
                ? previous.pages().values().stream().filter(p -> p.path().startsWith(StaticAssets.FOLDER)).toList()
                : List.of();
        return new Carryover(NOTHING.conversions(), Set.of(), Optional.empty(), previous.site(), previous.search(), assets);
    }
}
