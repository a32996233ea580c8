package dev.handbook.render;

import dev.handbook.render.input.ConversionReads;
import dev.handbook.convert.Heading;
import dev.handbook.convert.HtmlFragment;
import dev.handbook.model.Snippet;
import dev.handbook.render.input.VerificationReads;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;

/**
 * What entry templates call to show converted markup: {@code ${h.html(entry.impact)}}. A query over immutable data.
 */
public final class MarkupHtml {

    private final ConversionReads conversions;
    private final VerificationReads verification;
    private final EntryId entry;

    public MarkupHtml(ConversionReads conversions, VerificationReads verification, EntryId entry) {
        this.conversions = conversions;
        this.verification = verification;
        this.entry = entry;
    }

    /**
     * The converted HTML of a piece of the entry's markup, with each verification snippet's result under it; already
     * safe, so templates do not escape it again.
     */
    public TemplateHTMLOutputModel html(Markup markup) throws TemplateModelException {
        if (markup == null) {
            return HTMLOutputFormat.INSTANCE.fromMarkup("");
        }
        HtmlFragment fragment = conversions.fragment(entry, markup);
        String html = fragment.html();
        for (Snippet snippet : fragment.snippets()) {
            html = html.replace(snippet.marker(), VerifyResultHtml.of(snippet, verification));
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    }

    /** The headings of the entry's markup, in markup order, for an "On this page" list. */
    public List<Heading> outline() {
        return conversions.outline(entry);
    }

    /** Whether the entry's markup asks for the "On this page" list ({@code [TOC]}, {@code [[_TOC_]]}). */
    public boolean tocRequested() {
        return conversions.toc(entry);
    }

    /** The result box of a snippet from the record's {@code verify:} list. */
    public TemplateHTMLOutputModel verifyResult(Snippet snippet) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.fromMarkup(VerifyResultHtml.of(snippet, verification));
    }

}
