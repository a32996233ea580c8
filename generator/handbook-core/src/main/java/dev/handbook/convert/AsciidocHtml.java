package dev.handbook.convert;

import dev.handbook.model.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Finishes Asciidoctor's HTML for the page: reads its outline, plain text, diagrams and code languages, and turns the
 * section anchors Asciidoctor writes ({@code sectanchors=after}) into {@link Permalink}s. One light jsoup parse per
 * fragment; AsciiDoc conversion itself costs far more.
 */
final class AsciidocHtml {

    private static final Pattern ANCHOR = Pattern.compile("<a class=\"anchor\" href=\"#([^\"]*)\"></a>(?=</h[1-6]>)");

    private AsciidocHtml() {}

    static HtmlFragment fragment(String html, List<Link> links, List<Snippet> snippets, RelativeLinks files) {
        // Read before the permalinks go in: Asciidoctor's anchors are empty, so headings and text carry no "#".
        Element body = Jsoup.parseBodyFragment(html).body();
        List<Heading> outline = new ArrayList<>();
        for (Element anchor : body.select("h1 > a.anchor, h2 > a.anchor, h3 > a.anchor, h4 > a.anchor, h5 > a.anchor, h6 > a.anchor")) {
            Element heading = anchor.parent();
            outline.add(new Heading(heading.tagName().charAt(1) - '0', heading.id(), heading.text()));
        }
        boolean mermaid = !body.select("pre.mermaid").isEmpty();
        boolean code = !body.select("pre > code[class^=language-]").isEmpty();
        String withPermalinks = ANCHOR.matcher(html).replaceAll(m -> Matcher.quoteReplacement(Permalink.html(m.group(1))));
        return new HtmlFragment(withPermalinks, links, snippets, outline, body.text(), mermaid, code, false,
                files.files.stream().distinct().toList(), files.readsDisk);
    }
}
