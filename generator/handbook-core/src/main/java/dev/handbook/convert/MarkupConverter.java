package dev.handbook.convert;

import dev.handbook.catalog.Catalog;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import dev.handbook.model.SourceFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The convert stage: turns every piece of markup of every entry into HTML, in parallel, cleans it ({@link
 * HtmlSanitizer}) and collects the record links written in it. An update reuses the conversions of entries whose markup and link targets did not change
 * and that link to no file by path (whether such a file is there can change with no change to the markup).
 */
public final class MarkupConverter {

    private final MarkdownConverter markdown;
    private final Supplier<AsciidocConverter> asciidoc;
    private final HtmlSanitizer sanitizer;
    private final LinkTargets.Files files;

    /**
     * @param rawHtml {@code markdown.raw_html}: raw HTML in Markdown and AsciiDoc passthroughs reach pages unchanged;
     *     otherwise Markdown's is escaped and every fragment passes the {@link HtmlSanitizer}
     * @param asciidoc gives the AsciiDoc converter; called only when there is AsciiDoc to convert
     */
    public MarkupConverter(boolean rawHtml, Supplier<AsciidocConverter> asciidoc) {
        this(rawHtml, asciidoc, null);
    }

    /** @param files where the files that bodies link to are, to copy them into the site; null to leave such links alone */
    public MarkupConverter(boolean rawHtml, Supplier<AsciidocConverter> asciidoc, LinkTargets.Files files) {
        this.markdown = new MarkdownConverter(rawHtml);
        this.asciidoc = asciidoc;
        this.sanitizer = HtmlSanitizer.create(rawHtml);
        this.files = files;
    }

    public Conversions convertAll(Catalog catalog) {
        return update(new Conversions(Map.of()), catalog, Set.of());
    }

    /**
     * Converts what changed since {@code previous}: entries whose markup differs, and entries with a link to one of
     * {@code touchedNames} (ids added, removed or retitled, which changes how links to them render).
     */
    public Conversions update(Conversions previous, Catalog catalog, Set<String> touchedNames) {
        LinkTargets targets = new LinkTargets(catalog, files);
        Map<EntryId, ConvertedEntry> converted = new ConcurrentHashMap<>();
        Set<EntryId> anew = ConcurrentHashMap.newKeySet();
        catalog.entries().parallelStream().forEach(entry -> {
            ConvertedEntry old = previous.entries().get(entry.id());
            if (old != null && reusable(old, entry, touchedNames)) {
                converted.put(entry.id(), old);
            } else {
                converted.put(entry.id(), convert(entry, targets));
                anew.add(entry.id());
            }
        });
        return new Conversions(converted, anew);
    }

    /** Loops rather than streams: a rebuild asks this of every one of 10,000 records. */
    private static boolean reusable(ConvertedEntry old, Entry entry, Set<String> touchedNames) {
        if (!old.sources().equals(entry.markups())) {
            return false;
        }
        for (HtmlFragment fragment : old.fragments().values()) {
            if (fragment.readsDisk()) {
                return false;
            }
        }
        if (!old.linkTargets().isEmpty()) {
            for (String name : touchedNames) {
                if (old.linkTargets().contains(name)) {
                    return false;
                }
            }
        }
        return true;
    }

    public ConvertedEntry convert(Entry entry, LinkTargets targets) {
        Diagnostics own = new Diagnostics();
        HeadingIds ids = new HeadingIds(); // the pieces share one page, so they share its ids
        Map<Markup, HtmlFragment> fragments = new LinkedHashMap<>();
        for (Markup markup : entry.markups()) {
            HtmlFragment html =
                    markup.format() == SourceFormat.ASCIIDOC
                            ? asciidoc.get().convert(markup, entry.id(), targets, ids, own)
                            : markdown.convert(markup, entry.id(), targets, ids, own);
            fragments.put(markup, sanitizer.sanitize(html, markup, own));
        }
        return new ConvertedEntry(entry.id(), fragments, own.sorted());
    }

    /**
     * The converted markup of one entry, and what the converters reported about it.
     *
     * @param sources the markup it was converted from, in order
     * @param linkTargets the ids its links name, to tell when a change elsewhere changes how its links render
     * @param files the repository's files its markup links to, to copy into the site
     */
    public record ConvertedEntry(
            EntryId id, List<Markup> sources, Map<Markup, HtmlFragment> fragments, List<Link> links, Set<String> linkTargets,
            Set<String> files, List<Diagnostic> diagnostics) {

        public ConvertedEntry(EntryId id, Map<Markup, HtmlFragment> fragments, List<Diagnostic> diagnostics) {
            this(id, List.copyOf(fragments.keySet()), fragments,
                    fragments.values().stream().flatMap(f -> f.links().stream()).toList(),
                    fragments.values().stream().flatMap(f -> f.links().stream()).map(Link::target).collect(Collectors.toSet()),
                    fragments.values().stream().flatMap(f -> f.files().stream()).collect(Collectors.toSet()),
                    diagnostics);
        }

        public ConvertedEntry {
            sources = List.copyOf(sources);
            fragments = Collections.unmodifiableMap(new LinkedHashMap<>(fragments));
            links = List.copyOf(links);
            linkTargets = Set.copyOf(linkTargets);
            files = Set.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
        }

        /** The HTML of one piece of its markup, if it has that markup. */
        public Optional<HtmlFragment> fragment(Markup markup) {
            return Optional.ofNullable(fragments.get(markup));
        }

        /** The verification snippets written in its markup, in order. */
        public List<Snippet> snippets() {
            return fragments.values().stream().flatMap(f -> f.snippets().stream()).toList();
        }

        /** The headings of its markup, in markup order (body first, then fields), for its page's outline. */
        public List<Heading> outline() {
            return fragments.values().stream().flatMap(f -> f.outline().stream()).toList();
        }

        /** The plain text of its markup, in markup order, for search. */
        public String text() {
            return fragments.values().stream().map(HtmlFragment::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
        }

        /** Whether its markup has a Mermaid diagram, so its page needs mermaid.js. */
        public boolean mermaid() {
            return fragments.values().stream().anyMatch(HtmlFragment::mermaid);
        }

        /** Whether its markup asks for its page's outline ({@code [TOC]}), however short the page. */
        public boolean toc() {
            return fragments.values().stream().anyMatch(HtmlFragment::toc);
        }

        /** Whether its markup has code with a language, so its page needs highlighting. */
        public boolean code() {
            return fragments.values().stream().anyMatch(HtmlFragment::code);
        }
    }
}
