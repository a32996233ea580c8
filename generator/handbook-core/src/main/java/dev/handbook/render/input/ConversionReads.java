package dev.handbook.render.input;

import dev.handbook.convert.Conversions;
import dev.handbook.convert.Heading;
import dev.handbook.convert.HtmlFragment;
import dev.handbook.convert.MarkupConverter.ConvertedEntry;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Conversions} as a page reads them: every question about an entry's markup is one read of its whole
 * conversion, recorded with it. A rebuild keeps the conversions of entries it did not touch, so checking that read is
 * one comparison of an object with itself, where a read per fragment, outline and flag was five lookups a page.
 */
public final class ConversionReads {

    private final PageReads reads;

    ConversionReads(PageReads reads) {
        this.reads = reads;
    }

    /** The HTML fragment of one piece of an entry's markup. */
    public HtmlFragment fragment(EntryId id, Markup markup) {
        return converted(id).flatMap(c -> c.fragment(markup)).orElseThrow(
                () -> new IllegalArgumentException("No conversion of a markup of " + id + " at " + markup.where()));
    }

    /** The verification snippets written in an entry's markup, in order. */
    public List<Snippet> snippets(EntryId id) {
        return converted(id).map(ConvertedEntry::snippets).orElse(List.of());
    }

    /** The headings of an entry's markup, in markup order, for its page's outline. */
    public List<Heading> outline(EntryId id) {
        return converted(id).map(ConvertedEntry::outline).orElse(List.of());
    }

    /** Whether an entry's markup asks for its page's outline ({@code [TOC]}). */
    public boolean toc(EntryId id) {
        return converted(id).map(ConvertedEntry::toc).orElse(false);
    }

    /** Whether an entry's markup has code with a language, so its page needs highlighting. */
    public boolean code(EntryId id) {
        return converted(id).map(ConvertedEntry::code).orElse(false);
    }

    /** Whether an entry's markup has a Mermaid diagram, so its page needs mermaid.js. */
    public boolean mermaid(EntryId id) {
        return converted(id).map(ConvertedEntry::mermaid).orElse(false);
    }

    private Optional<ConvertedEntry> converted(EntryId id) {
        return Optional.ofNullable(reads.ask(new Converted(id)));
    }

    /** Null when there is no such entry: a rebuild asks again about records that may be gone. */
    record Converted(EntryId id) implements Query<ConvertedEntry> {
        public String about() {
            return id.name();
        }

        public ConvertedEntry answer(BuildFacts facts) {
            return facts.conversions().of(id).orElse(null);
        }
    }
}
