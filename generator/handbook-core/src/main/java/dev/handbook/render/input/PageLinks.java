package dev.handbook.render.input;

import dev.handbook.model.ValueFormats;
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

    private final RenderInput input;
    private final String fromPage;

    public PageLinks(RenderInput input, String fromPage) {
        this.input = input;
        this.fromPage = fromPage;
    }

    public String href(String toPage) {
        return PagePaths.relative(fromPage, toPage);
    }

    /** The link to a tag's page. */
    public String tag(String tag) {
        return href(PagePaths.tag(TagIndex.slug(tag)));
    }

    /** The link to a record the page has read whole anyway. */
    public LinkView to(Entry entry) {
        return to(TargetOf.target(entry));
    }

    /** The link to a record, reading only what the link shows of it: a change to its body leaves this page alone. */
    public LinkView to(EntryId id) {
        return target(id.name()).filter(t -> t.id().equals(id)).map(this::to)
                .orElseThrow(() -> new IllegalArgumentException("No entry " + id));
    }

    /** The link a reference resolves to; empty for references the xref stage rejected. */
    public Optional<LinkView> to(Reference ref) {
        return ref == null ? Optional.empty() : target(ref.target()).filter(t -> ref.expected().contains(t.id().kind())).map(this::to);
    }

    /** The backup record named {@code name} (a restore's {@code from_backup}), if there is one. */
    public Optional<LinkView> find(String name) {
        return target(ValueFormats.foldId(name)).filter(t -> t.id().kind() == EntryKind.BACKUP).map(this::to);
    }

    private Optional<Target> target(String name) {
        return input.ask(new TargetOf(name));
    }

    private LinkView to(Target target) {
        return new LinkView(href(PagePaths.entry(target.id())), target.title(), target.id().kind().label(), target.note(), target.tone());
    }

    /** What a link shows of the record it points at. */
    record Target(EntryId id, String title, String note, String tone) {}

    /** Taken over from build to build while its record is the same: pages link to every record, and a rebuild asks them all. */
    record TargetOf(String name) implements Derived<Optional<Target>> {
        public String about() {
            return name;
        }

        public Optional<Target> derive(RenderInput input) {
            return input.catalog().find(name).map(TargetOf::target);
        }

        private static Target target(Entry e) {
            EntrySummary.Summary summary = EntrySummary.of(e);
            return new Target(e.id(), e.title(), summary.note(), summary.tone());
        }
    }

    /** The link a reference resolves to, or null (a view's absent link). */
    public LinkView ref(Reference ref) {
        return to(ref).orElse(null);
    }

    /** The links a list of references resolves to, leaving out those the xref stage rejected. */
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
