package dev.handbook.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of handbook pages: what a page may load and run even if something got past the
 * sanitizer. Site pages carry {@link #SITE} in a {@code <meta>} (the default layout writes it); the preview also sends
 * {@link #HTTP_HEADER}; the offline copy, whose scripts are inline, allows exactly those by hash ({@link #offline}).
 *
 * <pre><code>
 * response.getHeaders().put("Content-Security-Policy", ContentSecurityPolicy.HTTP_HEADER);
 * </code></pre>
 */
public final class ContentSecurityPolicy {

    /**
     * For every site page. Scripts come only from the site's own files (handbook.js, search-index.js, lunr,
     * highlight.js, mermaid), never inline. Inline styles stay allowed: Mermaid writes {@code <style>} into its SVG and
     * the diagrams size themselves with {@code style} attributes; CSS runs no script. Images may also come from the web
     * (content may show a dashboard by its http(s) address). {@code connect-src 'self'} is for the preview's reload
     * stream.
     */
    public static final String SITE = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: http: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'");

    /** For a server's response header: {@link #SITE}, and no other site may frame the page (ignored in a {@code <meta>}). */
    public static final String HTTP_HEADER = SITE + "; frame-ancestors 'none'";

    private ContentSecurityPolicy() {}

    /**
     * For the single-file offline copy: its inline scripts, by hash, and nothing from outside the file.
     *
     * @param scripts the exact text of each inline {@code <script>} element
     */
    public static String offline(Collection<String> scripts) {
        String hashes = scripts.stream().map(s -> "'sha256-" + sha256(s) + "'").distinct().collect(Collectors.joining(" "));
        return String.join("; ",
                "default-src 'none'",
                "script-src " + (hashes.isEmpty() ? "'none'" : hashes),
                "style-src 'unsafe-inline'",
                "img-src data:",
                "font-src data:",
                "base-uri 'none'",
                "form-action 'none'");
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
