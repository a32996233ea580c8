package dev.handbook.render.input;

import dev.handbook.convert.Conversions;
import dev.handbook.convert.Heading;
import dev.handbook.convert.HtmlFragment;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import java.util.List;

/** The {@link Conversions} as a page reads them: the same questions, each recorded with its answer. */
public final class ConversionReads {

    private final PageReads reads;

    ConversionReads(PageReads reads) {
        this.reads = reads;
    }

    /** The HTML fragment of one piece of an entry's markup. */
    public HtmlFragment fragment(EntryId id, Markup markup) {
        HtmlFragment fragment = reads.ask(new Fragment(id, markup));
        if (fragment == null) {
            throw new IllegalArgumentException("No conversion of a markup of " + id + " at " + markup.where());
        }
        return fragment;
    }

    /** The verification snippets written in an entry's markup, in order. */
    public List<Snippet> snippets(EntryId id) {
        return reads.ask(new Snippets(id));
    }

    /** The headings of an entry's markup, in markup order, for its page's outline. */
    public List<Heading> outline(EntryId id) {
        return reads.ask(new Outline(id));
    }

    /** Whether an entry's markup asks for its page's outline ({@code [TOC]}). */
    public boolean toc(EntryId id) {
        return reads.ask(new Toc(id));
    }

    /** Whether an entry's markup has code with a language, so its page needs highlighting. */
    public boolean code(EntryId id) {
        return reads.ask(new Code(id));
    }

    /** Whether an entry's markup has a Mermaid diagram, so its page needs mermaid.js. */
    public boolean mermaid(EntryId id) {
        return reads.ask(new Mermaid(id));
    }

    /** Null when the record or its markup has changed since: a rebuild asks again about markup that may be gone. */
    record Fragment(EntryId id, Markup markup) implements Query<HtmlFragment> {
        public HtmlFragment answer(BuildFacts facts) {
            return facts.conversions().find(id, markup).orElse(null);
        }
    }

    record Snippets(EntryId id) implements Query<List<Snippet>> {
        public List<Snippet> answer(BuildFacts facts) {
            return facts.conversions().snippets(id);
        }
    }

    record Outline(EntryId id) implements Query<List<Heading>> {
        public List<Heading> answer(BuildFacts facts) {
            return facts.conversions().outline(id);
        }
    }

    record Toc(EntryId id) implements Query<Boolean> {
        public Boolean answer(BuildFacts facts) {
            return facts.conversions().toc(id);
        }
    }

    record Code(EntryId id) implements Query<Boolean> {
        public Boolean answer(BuildFacts facts) {
            return facts.conversions().code(id);
        }
    }

    record Mermaid(EntryId id) implements Query<Boolean> {
        public Boolean answer(BuildFacts facts) {
            return facts.conversions().mermaid(id);
        }
    }
}
