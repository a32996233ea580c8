package dev.handbook.render;

import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;

/**
 * What building any record page's view starts from: its path, site part and shared record part, with the links and
 * markup of that page for the kind's own facts. Made per page, never kept.
 */
record EntryPage(String path, SiteView site, String title, String section, RecordView record, PageLinks links, MarkupHtml html) {

    static EntryPage of(RenderInput input, Entry entry) {
        EntryId id = entry.id();
        String path = PagePaths.entry(id);
        PageLinks links = new PageLinks(input, path);
        MarkupHtml html = new MarkupHtml(input, id);
        SiteView site = SiteView.of(input, path, entry.title(), id.kind().key(), input.conversions().code(id), input.conversions().mermaid(id));
        return new EntryPage(path, site, entry.title(), id.kind().key(), RecordView.of(entry, input, links, html), links, html);
    }
}
