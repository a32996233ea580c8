package dev.handbook.convert;

import dev.handbook.catalog.Catalog;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.SourceFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The convert stage: turns every piece of markup of every entry into HTML, in parallel, and collects the record links
 * written in it.
 */
public final class MarkupConverter {

    private final MarkdownConverter markdown;
    private final Supplier<AsciidocConverter> asciidoc;

    /**
     * @param asciidoc gives the AsciiDoc converter; called only when there is AsciiDoc to convert
     */
    public MarkupConverter(MarkdownConverter markdown, Supplier<AsciidocConverter> asciidoc) {
        this.markdown = markdown;
        this.asciidoc = asciidoc;
    }

    public Conversions convertAll(Catalog catalog, Diagnostics diagnostics) {
        LinkTargets targets = new LinkTargets(catalog);
        Map<EntryId, ConvertedEntry> converted = new ConcurrentHashMap<>();
        catalog.entries().parallelStream().forEach(entry -> converted.put(entry.id(), convert(entry, targets, diagnostics)));
        return new Conversions(converted);
    }

    public ConvertedEntry convert(Entry entry, LinkTargets targets, Diagnostics diagnostics) {
        Map<Markup, HtmlFragment> fragments = new LinkedHashMap<>();
        for (Markup markup : entry.markups()) {
            HtmlFragment html =
                    markup.format() == SourceFormat.ASCIIDOC
                            ? asciidoc.get().convert(markup, targets, diagnostics)
                            : markdown.convert(markup, targets);
            fragments.put(markup, html);
        }
        return new ConvertedEntry(entry.id(), fragments);
    }

    /** The converted markup of one entry. */
    public record ConvertedEntry(EntryId id, Map<Markup, HtmlFragment> fragments) {
        public ConvertedEntry {
            fragments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fragments));
        }

        public List<Link> links() {
            return fragments.values().stream().flatMap(f -> f.links().stream()).toList();
        }
    }
}
