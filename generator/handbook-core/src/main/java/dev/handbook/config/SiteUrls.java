package dev.handbook.config;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.schema.Fields;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Reads {@code base_url} (where the site is served: sitemap, canonical links, calendar URLs, the 404 page's links) and
 * {@code edit_url} (a record's source in the repository's web editor, {@code {path}} standing for its file). Both are
 * absolute http(s) addresses; a bad one is a diagnostic at its position and is left out.
 */
final class SiteUrls {

    private SiteUrls() {}

    /** The base URL with one trailing slash, or empty. */
    static String baseUrl(Fields f, Diagnostics diagnostics) {
        String url = f.string("base_url", "").trim();
        if (url.isEmpty() || !valid(url, f, "base_url", "https://handbook.example.com/ or https://org.github.io/repo/", diagnostics)) {
            return "";
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** The edit URL pattern, or empty. */
    static String editUrl(Fields f, Diagnostics diagnostics) {
        String url = f.string("edit_url", "").trim();
        if (url.isEmpty() || !valid(url, f, "edit_url", "https://github.com/org/repo/edit/main/{path}", diagnostics)) {
            return "";
        }
        if (!url.contains("{path}")) {
            diagnostics.error("config.url", f.position("edit_url"), "`edit_url` has no `{path}`, so every record would link to the same page.",
                    "Put `{path}` where the file's path goes, e.g. https://github.com/org/repo/edit/main/{path}.");
            return "";
        }
        return url;
    }

    private static boolean valid(String url, Fields f, String key, String example, Diagnostics diagnostics) {
        try {
            URI uri = new URI(url.replace("{path}", "x"));
            if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        diagnostics.error("config.url", f.position(key), "`" + key + "` '" + url + "' is not an absolute http(s) address.", "Write it like " + example + ".");
        return false;
    }
}
