package dev.handbook.publish;

import dev.handbook.render.ContentSecurityPolicy;
import dev.handbook.render.Page;
import dev.handbook.model.PagePaths;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The offline handbook: the whole rendered site as one self-contained HTML file, for when the wiki is down with
 * everything else. It is a pure function of the site's pages, so it can be written after the site is rendered.
 *
 * <pre><code>
 * Page offline = new OfflineHandbook().write(config.title(), snapshot.pages());
 * </code></pre>
 *
 * <p>Every HTML page becomes one {@code <section>}, in reading order, with the site chrome (everything outside {@code
 * <main>}) left out. Links between pages become links between sections; links to other files become text that says
 * they are only on the website. Stylesheets, images and, when the pages need them, the search, Mermaid and highlight.js
 * scripts are inlined; its {@link ContentSecurityPolicy#offline} allows those scripts by hash and nothing else. The
 * output is deterministic. Thread-safe.
 */
public final class OfflineHandbook {

    /** Where the file goes in the site. */
    public static final String PATH = "handbook-offline.html";
    static final String CONTENTS_ID = "offline-contents";

    private static final Pattern AS_OF = Pattern.compile("as of (\\d{4}-\\d{2}-\\d{2})");
    private static final String CSS = """
            .offline-header { padding: 0.75rem 1.25rem; border-bottom: 1px solid var(--line); background: var(--panel); }
            .offline-header h1 { margin: 0; font-size: 1.3rem; }
            .offline-header p { margin: 0.2rem 0 0; color: var(--muted); }
            .offline-toc h2 { margin-top: 0.5rem; }
            .offline-toc ul { columns: 18rem; padding-left: 1.1rem; }
            .offline-page { border-top: 3px solid var(--line); margin-top: 3rem; padding-top: 0.5rem; }
            .offline-back { float: right; margin: 0; font-size: 0.85rem; }
            .offline-online-only { text-decoration: underline dotted; cursor: help; }
            @media print { .offline-back { display: none; } .offline-page { break-before: page; border: 0; margin: 0; } }
            """;

    /**
     * Writes the offline handbook.
     *
     * @param title the site's title, shown at the top and removed from the end of page titles
     * @param sitePages the rendered site by path, assets included; a previous offline handbook in it is ignored
     * @return the page at {@link #PATH}
     */
    public Page write(String title, Map<String, Page> sitePages) {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(sitePages, "sitePages must not be null");
        List<OfflineOrder.Chapter> chapters = OfflineOrder.chapters(sitePages.keySet().stream()
                .filter(path -> path.endsWith(".html") && !path.equals(PATH)).toList());
        List<String> order = chapters.stream().flatMap(c -> c.paths().stream()).toList();
        SectionIds sections = SectionIds.assign(order);
        // Two passes: links need every page's ids before any page is rewritten. The first only scans the HTML, the
        // second parses each page and lets go of it, as 10,000 parsed pages held at once would cost more in GC.
        List<OfflinePage> pages = order.parallelStream().map(path -> OfflinePage.read(path, sitePages.get(path).text())).toList();
        OfflineLinks links = new OfflineLinks(sections, pages.stream().collect(Collectors.toMap(OfflinePage::path, OfflinePage::ids)));
        List<OfflineSection> body = pages.parallelStream()
                .map(page -> OfflineSection.of(page, sections.of(page.path()).orElseThrow(), links, sitePages))
                .toList();
        OfflineAssets assets = new OfflineAssets(sitePages);
        Map<String, String> titles = new LinkedHashMap<>();
        pages.forEach(page -> titles.put(page.path(), shortTitle(page, title)));

        List<String> scripts = assets.scripts(body.stream().anyMatch(OfflineSection::mermaid), body.stream().anyMatch(OfflineSection::code), links);

        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(ContentSecurityPolicy.offline(scripts)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>").append(Entities.escape(title)).append(" (offline copy)</title>\n<style>\n")
                .append(assets.css(pages.stream().flatMap(p -> p.stylesheets().stream()).toList()))
                .append(CSS).append("</style>\n</head>\n<body class=\"offline\">\n<header class=\"offline-header\">\n<h1>")
                .append(Entities.escape(title)).append("</h1>\n<p>Offline copy")
                .append(asOf(sitePages).map(date -> ", as of " + date).orElse("")).append(".</p>\n");
        if (assets.hasSearch()) {
            searchBox(sitePages).ifPresent(box -> html.append(box).append('\n'));
        }
        html.append("</header>\n<main id=\"main\">\n");
        contents(html, chapters, sections, titles);
        String tail = "</main>\n" + OfflineAssets.elements(scripts) + "</body>\n</html>\n";
        return new Page(PATH, join(html.toString(), body, tail));
    }

    private static byte[] join(String head, List<OfflineSection> sections, String tail) {
        byte[] first = head.getBytes(StandardCharsets.UTF_8);
        byte[] last = tail.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[first.length + sections.stream().mapToInt(s -> s.html().length).sum() + last.length];
        System.arraycopy(first, 0, out, 0, first.length);
        int at = first.length;
        for (OfflineSection section : sections) {
            System.arraycopy(section.html(), 0, out, at, section.html().length);
            at += section.html().length;
        }
        System.arraycopy(last, 0, out, at, last.length);
        return out;
    }

    /** The table of contents: one list per chapter, one link per page; a chapter's own page is its heading. */
    private static void contents(StringBuilder html, List<OfflineOrder.Chapter> chapters, SectionIds sections, Map<String, String> titles) {
        html.append("<nav class=\"offline-toc\" id=\"").append(CONTENTS_ID).append("\" aria-label=\"Contents\">\n<h2>Contents</h2>\n");
        for (OfflineOrder.Chapter chapter : chapters) {
            List<String> pages = chapter.paths();
            String label = Entities.escape(chapter.label());
            html.append("<h3>").append(chapter.headed() ? link(sections, pages.get(0), label) : label).append("</h3>\n");
            if (pages.size() > (chapter.headed() ? 1 : 0)) {
                html.append("<ul>\n");
                pages.subList(chapter.headed() ? 1 : 0, pages.size())
                        .forEach(path -> html.append("<li>").append(link(sections, path, Entities.escape(titles.get(path)))).append("</li>\n"));
                html.append("</ul>\n");
            }
        }
        html.append("</nav>\n");
    }

    private static String link(SectionIds sections, String path, String html) {
        return "<a href=\"#" + sections.of(path).orElseThrow() + "\">" + html + "</a>";
    }

    /** A page's title without the site title the layout appends to it. */
    private static String shortTitle(OfflinePage page, String siteTitle) {
        String title = page.title().strip();
        String suffix = " · " + siteTitle;
        if (title.endsWith(suffix) && title.length() > suffix.length()) {
            title = title.substring(0, title.length() - suffix.length()).strip();
        }
        return title.isEmpty() || title.equals(siteTitle) ? (page.path().equals(PagePaths.HOME) ? "Home" : page.path()) : title;
    }

    /** The date the site was built for, from the home page's footer ("as of 2026-11-23"). */
    private static Optional<String> asOf(Map<String, Page> site) {
        return Optional.ofNullable(site.get(PagePaths.HOME)).map(home -> {
            String html = home.text();
            int end = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</main>");
            Matcher date = AS_OF.matcher(end < 0 ? html : html.substring(end));
            return date.find() ? date.group(1) : null;
        });
    }

    /**
     * The home page's search box (an element with class {@code search} or role {@code search} outside {@code <main>}),
     * so the site script finds the same markup here. Its ids are kept: the script looks them up.
     */
    private static Optional<String> searchBox(Map<String, Page> site) {
        Page home = site.get(PagePaths.HOME);
        if (home == null) {
            return Optional.empty();
        }
        Document doc = Jsoup.parse(home.text());
        Optional.ofNullable(doc.selectFirst("main")).ifPresent(Element::remove);
        return Optional.ofNullable(doc.body().selectFirst(".search, [role=search]")).map(box -> {
            box.select("[action]").removeAttr("action");
            box.select("a[href]").forEach(a -> {
                if (!OfflineLinks.external(a.attr("href")) && !a.attr("href").startsWith("#")) {
                    a.removeAttr("href");
                }
            });
            box.select("script, link").remove();
            return box.outerHtml();
        });
    }
}
