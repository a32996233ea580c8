package dev.handbook.render;

import dev.handbook.model.EntryKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which site-wide pages to render: an incremental rebuild renders only those whose inputs changed.
 *
 * @param tagPages the slugs of the tag pages to render, unless {@code allTagPages}
 * @param indexes the kinds whose index page to render
 */
public record SitePages(boolean home, boolean matrix, boolean map, boolean attention, boolean calendar, boolean verification,
        boolean tagIndex, boolean allTagPages, Set<String> tagPages, Set<EntryKind> indexes) {

    public static final SitePages ALL = new SitePages(true, true, true, true, true, true, true, true, Set.of(), EnumSet.allOf(EntryKind.class));

    public SitePages {
        indexes = Set.copyOf(indexes);
        tagPages = Set.copyOf(tagPages);
    }
}
