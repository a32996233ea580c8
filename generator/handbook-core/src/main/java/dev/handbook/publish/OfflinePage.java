package dev.handbook.publish;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A site page as the offline handbook reads it: its title, the stylesheets it links and its content, the {@code
 * <main>} element. Everything outside {@code <main>} is site chrome and is not kept.
 *
 * @param main the HTML of the {@code <main>} element; the whole page if it has none
 * @param ids the ids (and {@code <a name>} anchors) inside {@code <main>}, to tell a link's known fragment from a stale one
 * @param stylesheets the site paths of the stylesheets the page links, in order
 */
record OfflinePage(String path, String title, String main, Set<String> ids, List<String> stylesheets) {

    private static final Pattern MAIN_OPEN = Pattern.compile("<main\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAIN_CLOSE = Pattern.compile("</main\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_OPEN = Pattern.compile("<body\\b", Pattern.CASE_INSENSITIVE);

    OfflinePage {
        ids = Set.copyOf(ids);
        stylesheets = List.copyOf(stylesheets);
    }

    /**
     * Reads a rendered page without parsing its chrome or its content: a site's chrome (a sidebar listing every
     * record, say) can be far larger than the content, and each page's content is parsed once, later, by {@link
     * #content()}.
     */
    static OfflinePage read(String path, String html) {
        int open = find(html, "<main", MAIN_OPEN, 0);
        Matcher close = MAIN_CLOSE.matcher(html);
        int closeAt = open < 0 ? -1 : find(html, "</main", MAIN_CLOSE, open);
        String main;
        Set<String> ids = new LinkedHashSet<>();
        if (closeAt >= 0) {
            close.find(closeAt);
            main = html.substring(open, close.end());
            ids.addAll(IdScanner.ids(html, html.indexOf('>', open) + 1, closeAt)); // <main> itself is not copied
        } else {
            main = html;
            Element content = content(html, false);
            for (Element element : content.select("[id], a[name]")) {
                if (element != content) {
                    List.of(element.id(), element.normalName().equals("a") ? element.attr("name") : "").stream()
                            .filter(id -> !id.isBlank()).forEach(ids::add);
                }
            }
        }
        int body = find(html, "<body", BODY_OPEN, 0);
        Document head = Jsoup.parse(html.substring(0, body >= 0 ? body : Math.max(open, 0)));
        List<String> stylesheets = head.select("link[rel~=(?i)^stylesheet$][href]").stream()
                .map(link -> OfflineLinks.resolve(path, link.attr("href")))
                .flatMap(Optional::stream)
                .map(OfflineLinks.Ref::path)
                .toList();
        return new OfflinePage(path, head.title(), main, ids, stylesheets);
    }

    /** The {@code <main>} element, parsed; its document serialises it as parsed, without pretty-printing. */
    Element content() {
        return content(main, main.regionMatches(true, 0, "<main", 0, 5));
    }

    private static Element content(String html, boolean mainOnly) {
        Element content;
        if (mainOnly) {
            content = Jsoup.parseBodyFragment(html).selectFirst("main");
        } else { // not the layout's contract: fall back to the whole body
            Document page = Jsoup.parse(html);
            content = Optional.ofNullable(page.selectFirst("main")).orElse(page.body());
        }
        content.ownerDocument().outputSettings().prettyPrint(false);
        return content;
    }

    /** Where {@code pattern} first matches from {@code from}; a plain search for the usual lower-case tag goes first. */
    private static int find(String html, String lowerCase, Pattern pattern, int from) {
        for (int at = html.indexOf(lowerCase, from); at >= 0; at = html.indexOf(lowerCase, at + 1)) {
            if (pattern.matcher(html).region(at, html.length()).lookingAt()) {
                return at;
            }
        }
        if (!html.toLowerCase(Locale.ROOT).contains(lowerCase)) {
            return -1;
        }
        Matcher matcher = pattern.matcher(html);
        return matcher.find(from) ? matcher.start() : -1;
    }
}
