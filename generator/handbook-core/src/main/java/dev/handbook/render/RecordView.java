package dev.handbook.render;

import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.PagePaths;
import dev.handbook.model.Snippet;
import dev.handbook.render.input.LinkGroup;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import dev.handbook.xref.Edge;
import java.util.List;

/**
 * What every record page shows around its own facts: the header (kind, id, title, owner, tags, source file, freshness
 * banners), the "On this page" list, the checks of its {@code verify:} list and what it links to and is referenced by.
 *
 * @param owner empty when unset
 * @param tags each tag with the link to its page ({@link NavItem#count()} unused)
 * @param sourceHref the link to the copied tool's file the record was read from; empty when there is none
 * @param editHref its source in the repository's web editor ({@code edit_url}); empty without one
 * @param toc the headings of the "On this page" list; empty when the page shows none
 */
public record RecordView(
        String kind,
        String name,
        String title,
        String owner,
        List<NavItem> tags,
        String sourcePath,
        String sourceHref,
        String editHref,
        List<FlagView> flags,
        List<Heading> toc,
        List<CheckView> checks,
        List<LinkGroup> linksTo,
        List<LinkGroup> referencedBy) {

    /** One entry of the "On this page" list: a heading of the record's text, its level (2 to 4) and anchor. */
    public record Heading(int level, String id, String text) {}

    /** One snippet of the {@code verify:} list: its code and its result box, already HTML. */
    public record CheckView(String shell, String code, String result) {}

    public RecordView {
        tags = List.copyOf(tags);
        flags = List.copyOf(flags);
        toc = List.copyOf(toc);
        checks = List.copyOf(checks);
        linksTo = List.copyOf(linksTo);
        referencedBy = List.copyOf(referencedBy);
    }

    static RecordView of(Entry entry, RenderInput input, PageLinks links, MarkupHtml html) {
        EntryId id = entry.id();
        String file = input.evidenceFile(entry.meta().sourcePath());
        List<EntryId> outgoing = input.graph().outgoing(id).stream().map(Edge::to).filter(to -> !to.equals(id)).toList();
        List<EntryId> incoming = input.graph().incoming(id).stream().map(Edge::from).filter(from -> !from.equals(id)).toList();
        return new RecordView(
                id.kind().label(),
                id.name(),
                entry.title(),
                entry.meta().owner() == null ? "" : entry.meta().owner(),
                entry.meta().tags().stream().map(tag -> new NavItem(tag, links.tag(tag), -1, false)).toList(),
                entry.meta().sourcePath(),
                file == null ? "" : links.href(PagePaths.file(file)),
                input.config().editUrl().isEmpty() ? "" : input.config().editUrl().replace("{path}", entry.meta().sourcePath()),
                input.freshness().flags(id).stream().map(flag -> FlagView.of(flag, links)).toList(),
                html.toc(),
                entry.meta().verify().stream().map(s -> check(s, html)).toList(),
                links.grouped(outgoing),
                links.grouped(incoming));
    }

    private static CheckView check(Snippet snippet, MarkupHtml html) {
        return new CheckView(snippet.shell(), snippet.code(), html.verifyResult(snippet));
    }
}
