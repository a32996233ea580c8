package dev.handbook.convert;

import dev.handbook.catalog.Catalog;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import java.util.Optional;

/**
 * Resolves link targets written in markup to pages, for converters. Links always come from entry pages, which all sit
 * one folder deep.
 */
public final class LinkTargets {

    private final Catalog catalog;

    public LinkTargets(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The entry a link names, if it exists and is of the named kind (when a kind is named). */
    public Optional<Entry> resolve(String target, EntryKind kind) {
        return catalog.find(target).filter(e -> kind == null || e.id().kind() == kind);
    }

    /** The relative URL of an entry's page, from any entry page. */
    public String href(Entry target) {
        return PagePaths.relative("x/y.html", PagePaths.entry(target.id()));
    }
}
