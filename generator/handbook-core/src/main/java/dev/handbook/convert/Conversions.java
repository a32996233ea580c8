package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The converted markup of every entry, by id. Immutable. */
public record Conversions(Map<EntryId, MarkupConverter.ConvertedEntry> entries) {

    public Conversions {
        entries = Collections.unmodifiableMap(entries);
    }

    /** What the converters reported, for every entry. */
    public List<Diagnostic> diagnostics() {
        return entries.values().stream().flatMap(e -> e.diagnostics().stream()).toList();
    }

    /** The verification snippets written in an entry's markup, in order. */
    public List<Snippet> snippets(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? List.of() : converted.fragments().values().stream().flatMap(f -> f.snippets().stream()).toList();
    }

    /** The HTML fragment of one piece of an entry's markup. */
    public HtmlFragment fragment(EntryId id, Markup markup) {
        HtmlFragment fragment = entries.get(id).fragments().get(markup);
        if (fragment == null) {
            throw new IllegalArgumentException("No conversion of a markup of " + id + " at " + markup.where());
        }
        return fragment;
    }

    /** The ids an entry's links name. */
    public Set<String> linkTargets(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? Set.of() : converted.linkTargets();
    }

    /** Plain text of an entry's markup, for search. Provisional: the outline branch replaces it. */
    public String text(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? "" : converted.fragments().values().stream()
                .map(f -> org.jsoup.Jsoup.parseBodyFragment(f.html()).text()).collect(java.util.stream.Collectors.joining(" "));
    }

    /** Provisional: the outline branch replaces it. */
    public boolean code(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted != null && converted.fragments().values().stream().anyMatch(f -> f.html().contains("class=\"language-"));
    }

    /** Provisional: the outline branch replaces it. */
    public boolean mermaid(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted != null && converted.fragments().values().stream().anyMatch(f -> f.html().contains("class=\"mermaid\""));
    }

    public List<Link> links(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? List.of() : converted.links();
    }
}
