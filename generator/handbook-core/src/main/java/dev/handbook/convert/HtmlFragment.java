package dev.handbook.convert;

import dev.handbook.model.Snippet;
import java.util.List;

/**
 * Converted markup: HTML ready to place in a page, the record links found in it, its verification snippets, and what
 * the page needs for navigation, search and scripts.
 *
 * @param html the converted HTML; safe to emit unescaped once {@link HtmlSanitizer} cleaned it, as {@link MarkupConverter}
 *     does; holds a {@link Snippet#marker()} after each snippet, and a
 *     {@link Permalink} in each heading
 * @param outline its headings, in order
 * @param text its plain text for search: no markup, permalinks or snippet markers; whitespace collapsed
 * @param mermaid whether it has a {@code <pre class="mermaid">} diagram, so the page needs mermaid.js
 * @param code whether it has a code block with a language ({@code <code class="language-…">}), for highlighting
 * @param toc whether it asks for the page's outline ({@code [TOC]}, {@code [[_TOC_]]}), however few headings it has
 * @param files the files it links to or shows that are not records, by path inside the repository, to copy into the site
 * @param readsDisk whether it links to files by path, so that a file appearing or going changes it though its text did not
 */
public record HtmlFragment(
        String html, List<Link> links, List<Snippet> snippets, List<Heading> outline, String text, boolean mermaid, boolean code,
        boolean toc, List<String> files, boolean readsDisk) {

    public HtmlFragment {
        links = List.copyOf(links);
        snippets = List.copyOf(snippets);
        outline = List.copyOf(outline);
        files = List.copyOf(files);
    }

    /** A fragment that asks for no outline and links to no file. */
    public HtmlFragment(
            String html, List<Link> links, List<Snippet> snippets, List<Heading> outline, String text, boolean mermaid, boolean code) {
        this(html, links, snippets, outline, text, mermaid, code, false, List.of(), false);
    }

    /** The same fragment with other HTML: the sanitized one. */
    HtmlFragment withHtml(String cleaned) {
        return new HtmlFragment(cleaned, links, snippets, outline, text, mermaid, code, toc, files, readsDisk);
    }
}
