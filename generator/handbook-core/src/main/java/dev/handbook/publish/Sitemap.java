package dev.handbook.publish;

import dev.handbook.model.PagePaths;
import dev.handbook.render.Page;
import java.util.Collection;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) for a site with a {@code base_url}: every HTML page but the 404 page and the
 * offline copy, sorted. No {@code lastmod}: the build knows when records were reviewed, not when their pages changed.
 */
public final class Sitemap {

    public static final String PATH = "sitemap.xml";

    private Sitemap() {}

    /** The sitemap of {@code paths}, or empty without a base URL (a sitemap needs absolute addresses). */
    public static Optional<Page> of(Collection<String> paths, String baseUrl) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.stream().filter(p -> p.endsWith(".html") && !p.equals(PagePaths.NOT_FOUND) && !p.equals(PagePaths.OFFLINE)).sorted()
                .forEach(p -> xml.append("  <url><loc>").append(Entities.escape(baseUrl + p)).append("</loc></url>\n"));
        return Optional.of(new Page(PATH, xml.append("</urlset>\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
