package dev.handbook.render.input;

import dev.handbook.model.ValueFormats;
import dev.handbook.render.input.LinkGroup;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.TagIndex;
import dev.handbook.catalog.Catalog;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.model.Reference;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Makes {@link LinkView}s to records, relative to the page being rendered. Immutable. */
public final class PageLinks {

    private final Catalog catalog;
    private final String fromPage;

    public PageLinks(Catalog catalog, String fromPage) {
        this.catalog = catalog;
        this.fromPage = fromPage;
    }

    public String href(String toPage) {
        return PagePaths.relative(fromPage, toPage);
    }

    /** For templates: the link to a tag's page. */
    public String tag(String tag) {
        return href(PagePaths.tag(TagIndex.slug(tag)));
    }

    public LinkView to(Entry entry) {
        EntrySummary.Summary summary = EntrySummary.of(entry);
        return new LinkView(href(PagePaths.entry(entry.id())), entry.title(), entry.id().kind().label(), summary.note(), summary.tone());
    }

    public LinkView to(EntryId id) {
        return to(catalog.get(id));
    }

    /** The link a reference resolves to; empty for references the xref stage rejected. */
    public Optional<LinkView> to(Reference ref) {
        return ref == null ? Optional.empty() : catalog.find(ref.target()).filter(e -> ref.expected().contains(e.id().kind())).map(this::to);
    }

    /** For templates: the backup record named {@code name} (a restore's {@code from_backup}), if there is one. */
    public Optional<LinkView> find(String name) {
        return catalog.find(ValueFormats.foldId(name)).filter(e -> e.id().kind() == dev.handbook.model.EntryKind.BACKUP).map(this::to);
    }

    /** For templates: the link a reference resolves to, or null. */
    public LinkView ref(Reference ref) {
        return to(ref).orElse(null);
    }

    /** For templates: the links a list of references resolves to. */
    public List<LinkView> refs(Collection<Reference> refs) {
        return refs.stream().map(this::to).flatMap(Optional::stream).toList();
    }

    /** Links to the given records, grouped by kind in kind order, each group sorted as given. */
    public List<LinkGroup> grouped(Collection<EntryId> ids) {
        Map<EntryKind, List<EntryId>> byKind =
                ids.stream().distinct().collect(Collectors.groupingBy(EntryId::kind, () -> new EnumMap<>(EntryKind.class), Collectors.toList()));
        return byKind.entrySet().stream()
                .map(group -> new LinkGroup(group.getKey().pluralLabel(), group.getValue().stream().map(this::to).toList()))
                .toList();
    }
}
