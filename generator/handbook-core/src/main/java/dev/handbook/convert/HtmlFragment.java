package dev.handbook.convert;

import dev.handbook.model.Snippet;
import java.util.List;

/**
 * Converted markup: HTML ready to place in a page, the record links found in it, and its verification snippets.
 *
 * @param html the converted HTML; safe to emit unescaped; holds a {@link Snippet#marker()} after each snippet
 */
public record HtmlFragment(String html, List<Link> links, List<Snippet> snippets) {

    public HtmlFragment {
        links = List.copyOf(links);
        snippets = List.copyOf(snippets);
    }
}
