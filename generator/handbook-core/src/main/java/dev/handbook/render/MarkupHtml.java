package dev.handbook.render;

import dev.handbook.convert.HtmlFragment;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * The converted HTML of one record's markup, read while its view is built, so templates get finished strings (printed
 * with {@code ?no_esc}: the converter and the sanitizer made them safe) and call nothing.
 */
final class MarkupHtml {

    /** Fewer headings than this get no "On this page" list, unless the markup asks for one. */
    private static final int TOC_HEADINGS = 3;

    private final RenderInput input;
    private final EntryId entry;

    MarkupHtml(RenderInput input, EntryId entry) {
        this.input = input;
        this.entry = entry;
    }

    /** A piece of the record's markup with each verification snippet's result under it; null when the field is unset. */
    String html(Markup markup) {
        if (markup == null) {
            return null;
        }
        HtmlFragment fragment = input.conversions().fragment(entry, markup);
        String html = fragment.html();
        for (Snippet snippet : fragment.snippets()) {
            html = html.replace(snippet.marker(), VerifyResultHtml.of(snippet, input.verification()));
        }
        return html;
    }

    List<String> html(List<Markup> items) {
        return items.stream().map(this::html).toList();
    }

    /** The "On this page" headings (levels 2 to 4), when the record has enough of them or asks for them; else empty. */
    List<RecordView.Heading> toc() {
        List<RecordView.Heading> headings = input.conversions().outline(entry).stream().filter(h -> h.level() >= 2 && h.level() <= 4)
                .map(h -> new RecordView.Heading(h.level(), h.id(), h.text())).toList();
        boolean shown = headings.size() >= TOC_HEADINGS || (input.conversions().toc(entry) && !headings.isEmpty());
        return shown ? headings : List.of();
    }

    /** The result box of a snippet from the record's {@code verify:} list. */
    String verifyResult(Snippet snippet) {
        return VerifyResultHtml.of(snippet, input.verification());
    }
}
