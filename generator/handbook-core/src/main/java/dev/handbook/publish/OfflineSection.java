package dev.handbook.publish;

import dev.handbook.render.Page;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Turns one page's content into its section of the offline handbook: ids get the section's prefix, links to pages of
 * the site become links inside the file, embedded files become {@code data:} URIs, and what exists only on the web
 * site becomes plain text that says so.
 *
 * @param html the {@code <section>} element, serialised as UTF-8
 * @param mermaid whether the page has Mermaid diagrams ({@code <pre class="mermaid">})
 * @param code whether the page has code blocks marked with a language, for highlight.js
 */
record OfflineSection(byte[] html, boolean mermaid, boolean code) {

    /** Attributes that name one element by id. */
    private static final Set<String> ID_REFS = Set.of("for", "list", "form", "aria-activedescendant", "aria-details",
            "aria-errormessage", "popovertarget", "commandfor");
    /** Attributes that name several elements by id, separated by spaces. */
    private static final Set<String> ID_LIST_REFS = Set.of("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns",
            "aria-flowto", "headers");
    /** Elements whose {@code src} can be swapped for a note when the file is not in the site. */
    private static final Set<String> SHOWN_EMBEDS = Set.of("img", "iframe", "video", "audio", "embed", "object");
    private static final Pattern URL_REF = Pattern.compile("url\\(\\s*(['\"]?)#([^'\")\\s]+)\\1\\s*\\)");
    private static final Pattern CSS_ID = Pattern.compile("#(-?[A-Za-z_][\\w-]*)");
    static final String ONLINE_ONLY = "offline-online-only";

    /** Rewrites the content of {@code page}. */
    static OfflineSection of(OfflinePage page, String section, OfflineLinks links, Map<String, Page> site) {
        Element content = page.content();
        List<Element> elements = content.getAllElements();
        Map<String, String> ids = renameIds(elements.subList(1, elements.size()), section);
        boolean mermaid = false;
        boolean code = false;
        for (Element element : elements.subList(1, elements.size())) {
            if (element.attributesSize() > 0) {
                rewriteAttributes(element, page.path(), section, ids, links, site);
            }
            switch (element.normalName()) {
                case "pre" -> mermaid |= element.hasClass("mermaid");
                case "code" -> code |= element.parent() != null && element.parent().normalName().equals("pre")
                        && element.className().contains("language-");
                case "style" -> {
                    String css = replaceAll(CSS_ID.matcher(element.data()), m -> ids.containsKey(m.group(1)) ? "#" + ids.get(m.group(1)) : m.group());
                    element.empty().appendChild(new DataNode(css));
                }
                default -> { }
            }
        }
        String out = "<section class=\"offline-page\" id=\"" + section + "\" data-path=\"" + Entities.escape(page.path()) + "\">\n"
                + "<p class=\"offline-back\"><a href=\"#" + OfflineHandbook.CONTENTS_ID + "\">↑ Contents</a></p>\n"
                + content.html() + "\n</section>\n";
        // Encoded here, in parallel, so that joining the sections is a plain copy.
        return new OfflineSection(out.getBytes(StandardCharsets.UTF_8), mermaid, code);
    }

    /** Prefixes every id (and {@code <a name>}) with the section's; returns old id to new, first occurrence winning. */
    private static Map<String, String> renameIds(List<Element> elements, String section) {
        Map<String, String> renamed = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Element element : elements) {
            for (String key : element.normalName().equals("a") ? List.of("id", "name") : List.of("id")) {
                String old = element.attr(key);
                if (old.isBlank()) {
                    continue;
                }
                String base = SectionIds.inner(section, old);
                String id = base;
                for (int n = 2; !used.add(id); n++) {
                    id = base + "-" + n; // a page with a duplicate id: keep the output valid, links reach the first
                }
                renamed.putIfAbsent(old, id);
                element.attr(key, id);
            }
        }
        return renamed;
    }

    private static void rewriteAttributes(Element element, String path, String section, Map<String, String> ids,
            OfflineLinks links, Map<String, Page> site) {
        for (Attribute attribute : element.attributes().asList()) {
            String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
            String value = attribute.getValue();
            if (ID_REFS.contains(key)) {
                element.attr(attribute.getKey(), idRef(value, section, ids));
            } else if (ID_LIST_REFS.contains(key)) {
                element.attr(attribute.getKey(), List.of(value.strip().split("\\s+")).stream()
                        .map(id -> idRef(id, section, ids)).collect(Collectors.joining(" ")));
            } else if (key.equals("href") || key.equals("xlink:href")) {
                rewriteHref(element, attribute.getKey(), value, path, section, ids, links);
            } else if (key.equals("src") || key.equals("poster") || (key.equals("data") && element.normalName().equals("object"))) {
                embed(element, attribute.getKey(), value, path, site);
            } else if (key.equals("srcset")) {
                element.removeAttr(attribute.getKey()); // src alone still shows the image
            } else if (value.contains("url(#")) {
                element.attr(attribute.getKey(), replaceAll(URL_REF.matcher(value), m -> "url(#" + idRef(m.group(2), section, ids) + ")"));
            }
        }
        if (element.normalName().equals("link") && element.parent() != null) {
            element.remove(); // a stylesheet or preload inside the content: its CSS is inlined already, if the site has it
        }
    }

    private static String idRef(String id, String section, Map<String, String> ids) {
        return ids.getOrDefault(id, SectionIds.inner(section, id));
    }

    private static void rewriteHref(Element element, String key, String href, String path, String section, Map<String, String> ids,
            OfflineLinks links) {
        boolean link = element.normalName().equals("a") || element.normalName().equals("area");
        if (!link) { // an SVG <use>, gradient or text path: it names an element, never a page
            if (href.startsWith("#")) {
                element.attr(key, "#" + idRef(href.substring(1), section, ids));
            } else if (!href.startsWith("data:")) {
                element.removeAttr(key);
            }
            return;
        }
        if (OfflineLinks.external(href)) {
            return;
        }
        Optional<String> anchor = OfflineLinks.resolve(path, href).flatMap(links::anchor);
        if (anchor.isPresent()) {
            element.attr(key, anchor.get());
        } else {
            onlineOnly(element, href);
        }
    }

    /** Replaces a link to a file or page the offline handbook lacks with text that says where it is. */
    private static void onlineOnly(Element element, String href) {
        for (String key : List.of("href", "xlink:href", "target", "rel", "download", "hreflang", "type", "ping", "referrerpolicy")) {
            element.removeAttr(key);
        }
        if (element.tag().namespace().equals(org.jsoup.parser.Parser.NamespaceHtml)) {
            element.tagName("span").addClass(ONLINE_ONLY);
        }
        element.attr("title", "Only on the website: " + href);
    }

    private static void embed(Element element, String key, String src, String path, Map<String, Page> site) {
        if (src.strip().startsWith("data:")) {
            return;
        }
        Optional<Page> file = OfflineLinks.resolve(path, src).map(ref -> site.get(ref.path()));
        if (file.isPresent()) {
            element.attr(key, DataUris.of(file.get()));
        } else if (SHOWN_EMBEDS.contains(element.normalName())) {
            String alt = element.attr("alt").isBlank() ? element.attr("title") : element.attr("alt");
            Element note = new Element("span").addClass(ONLINE_ONLY).attr("title", "Only on the website: " + src)
                    .text(alt.isBlank() ? "[" + element.normalName() + " on the website]" : alt);
            element.replaceWith(note);
        } else {
            element.remove(); // a script, <source> or <track> without its file does nothing
        }
    }

    private static String replaceAll(Matcher matcher, java.util.function.Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        return matcher.appendTail(out).toString();
    }
}
