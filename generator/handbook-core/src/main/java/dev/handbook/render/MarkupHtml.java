package dev.handbook.render;

import dev.handbook.convert.Conversions;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * What entry templates call to show converted markup: {@code ${h.html(entry.impact)}}. A query over immutable data.
 */
public final class MarkupHtml {

    private final Conversions conversions;
    private final EntryId entry;

    public MarkupHtml(Conversions conversions, EntryId entry) {
        this.conversions = conversions;
        this.entry = entry;
    }

    /** The converted HTML of a piece of the entry's markup, already safe, so templates do not escape it again. */
    public TemplateHTMLOutputModel html(Markup markup) throws TemplateModelException {
        String html = markup == null ? "" : conversions.html(entry, markup);
        return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    }

}
