package dev.handbook.convert;

import java.util.List;

/**
 * Converted markup: HTML ready to place in a page, and the record links found in it.
 *
 * @param html the converted HTML; safe to emit unescaped
 */
public record HtmlFragment(String html, List<Link> links) {

    public HtmlFragment {
        links = List.copyOf(links);
    }
}
