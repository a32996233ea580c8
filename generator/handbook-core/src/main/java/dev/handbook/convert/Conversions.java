package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

    /** The headings of an entry's markup, in markup order (body first, then fields), for its page's outline. */
    public List<Heading> outline(EntryId id) {
        return fragments(id).stream().flatMap(f -> f.outline().stream()).toList();
    }

    /** The plain text of an entry's markup, in markup order, for search. */
    public String text(EntryId id) {
        return fragments(id).stream().map(HtmlFragment::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    }

    /** Whether an entry's markup has a Mermaid diagram, so its page needs mermaid.js. */
    public boolean mermaid(EntryId id) {
        return fragments(id).stream().anyMatch(HtmlFragment::mermaid);
    }

    /** Whether an entry's markup asks for its page's outline ({@code [TOC]}), however short the page. */
    public boolean toc(EntryId id) {
        return fragments(id).stream().anyMatch(HtmlFragment::toc);
    }

    /** The files that the markup of every entry links to, by path inside the repository, sorted. */
    public SortedSet<String> files() {
        return entries.values().stream().flatMap(e -> e.fragments().values().stream()).flatMap(f -> f.files().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether an entry's markup has code with a language, so its page needs highlighting. */
    public boolean code(EntryId id) {
        return fragments(id).stream().anyMatch(HtmlFragment::code);
    }

    private Collection<HtmlFragment> fragments(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? List.of() : converted.fragments().values();
    }

    /** The HTML fragment of one piece of an entry's markup, if that entry has that markup. */
    public Optional<HtmlFragment> find(EntryId id, Markup markup) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? Optional.empty() : Optional.ofNullable(converted.fragments().get(markup));
    }

    /** The ids an entry's links name. */
    public Set<String> linkTargets(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? Set.of() : converted.linkTargets();
    }

    public List<Link> links(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? List.of() : converted.links();
    }
}
