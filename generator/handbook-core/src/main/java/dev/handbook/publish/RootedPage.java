package dev.handbook.publish;

import dev.handbook.render.Page;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page made to work at any address of its site: the 404 page, which a web server shows in place of whatever was
 * asked for, so its links cannot be relative to where it lives. Every relative link and source, and the script's
 * {@code data-root}, get the site's own path in front ({@code /}, or the path of {@code base_url}).
 */
public final class RootedPage {

    private RootedPage() {}

    /** @param base the site's path from the host's root, ending in {@code /}: {@code /} or {@code /handbook/} */
    public static Page of(Page page, String base) {
        Document doc = Jsoup.parse(new String(page.content(), StandardCharsets.UTF_8));
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                if (e.hasAttr(attribute) && relative(e.attr(attribute))) {
                    e.attr(attribute, base + e.attr(attribute));
                }
            }
        }
        doc.select("script[data-root]").forEach(script -> script.attr("data-root", base + script.attr("data-root")));
        return new Page(page.path(), doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** Relative to the page: no scheme, not from the host's root, not a fragment of the page itself. */
    private static boolean relative(String url) {
        return !url.isEmpty() && !url.startsWith("#") && !url.startsWith("/") && !url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }
}
