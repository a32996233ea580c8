package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Cleans the HTML of every converted fragment, Markdown and AsciiDoc alike, with the one {@link HtmlPolicy}, once,
 * after conversion; what it removes is reported as a warning at the markup, so a writer learns why a passthrough
 * vanished. With {@code raw_html: true} fragments pass unchanged: the documented opt-out for handbooks whose every
 * writer is trusted. Verification snippet markers (HTML comments) survive cleaning.
 *
 * <p>Thread-safe: each call has its own documents and record of removals.
 */
public final class HtmlSanitizer {

    /** Lets jsoup resolve relative links to test their scheme; never written out (relative links stay relative). */
    private static final String BASE = "https://handbook.invalid/records/";
    /** Where a snippet marker waits while the HTML is cleaned: cleaning drops every comment. */
    private static final String PLACEHOLDER = "handbook-verify-marker";
    private static final int LISTED = 4;

    private final boolean rawHtml;

    private HtmlSanitizer(boolean rawHtml) {
        this.rawHtml = rawHtml;
    }

    /** @param rawHtml {@code markdown.raw_html} of the site: whether converted HTML reaches pages as it is */
    public static HtmlSanitizer create(boolean rawHtml) {
        return new HtmlSanitizer(rawHtml);
    }

    /** The fragment with its HTML cleaned; what was removed is reported at {@code markup}'s position. */
    HtmlFragment sanitize(HtmlFragment fragment, Markup markup, Diagnostics diagnostics) {
        if (rawHtml || fragment.html().indexOf('<') < 0) { // plain text, as most fields are: nothing to clean
            return fragment;
        }
        Removals removals = new Removals();
        Document dirty = Jsoup.parseBodyFragment(fragment.html(), BASE);
        Set<String> markers = protectMarkers(dirty, fragment, removals);
        if (markers.isEmpty() && removals.described.isEmpty() && copiedUnchanged(dirty.body(), removals)) {
            dirty.outputSettings().prettyPrint(false);
            return fragment.withHtml(dirty.body().html());
        }
        Document clean = new Cleaner(removals).clean(dirty);
        if (!markers.isEmpty()) { // only markers made here: a comment's text is written out as it is
            clean.select(PLACEHOLDER).forEach(placeholder -> {
                String data = placeholder.attr("data");
                if (markers.contains("<!--" + data + "-->")) {
                    placeholder.replaceWith(new Comment(data));
                } else {
                    placeholder.remove();
                }
            });
        }
        clean.outputSettings().prettyPrint(false);
        if (!removals.described.isEmpty()) {
            diagnostics.warning("html.removed", markup.where(), message(removals.described),
                    "Pages keep only HTML that cannot run script: text formatting, lists, tables, code, images and links to http(s), mailto,"
                            + " tel or relative addresses. `markdown.raw_html: true` in site/handbook.yaml turns this off, for handbooks whose"
                            + " every writer is trusted.");
        }
        return fragment.withHtml(clean.body().html());
    }

    /**
     * Puts a placeholder element after each of the fragment's snippet markers, so they outlive cleaning, after dropping
     * any placeholder the content wrote itself (in any letter case: the parser lowers it); returns the markers.
     */
    private static Set<String> protectMarkers(Document dirty, HtmlFragment fragment, Removals removals) {
        dirty.select(PLACEHOLDER).forEach(forged -> {
            removals.add("<" + PLACEHOLDER + ">");
            forged.remove();
        });
        if (fragment.snippets().isEmpty()) {
            return Set.of();
        }
        Set<String> markers = fragment.snippets().stream().map(Snippet::marker).collect(Collectors.toSet());
        List<Comment> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment comment && markers.contains("<!--" + comment.getData() + "-->")) {
                comments.add(comment);
            }
        }, dirty.body());
        comments.forEach(comment -> comment.after(new Element(PLACEHOLDER).attr("data", comment.getData())));
        return markers;
    }

    /**
     * Whether cleaning would copy every node under {@code parent} as it is: only elements and text, every tag and
     * attribute safe, no attribute to enforce. Then the parsed fragment is written out instead of its clean copy, the
     * same bytes for a third less work, as converted Markdown almost always is. The checks run in the cleaner's order
     * and stop at the first refusal, so the cleaner that then runs reports the same removals.
     */
    private static boolean copiedUnchanged(Element parent, Removals policy) {
        for (Node child : parent.childNodes()) {
            if (child.getClass() == TextNode.class) {
                continue;
            }
            if (child.getClass() != Element.class) { // comments, data, forms: the cleaner drops or rebuilds them
                return false;
            }
            Element element = (Element) child;
            if (!policy.isSafeTag(element.normalName()) || !policy.getEnforcedAttributes(element.tagName()).isEmpty()) {
                return false;
            }
            for (Attribute attribute : element.attributes()) {
                if (!policy.isSafeAttribute(element.tagName(), element, attribute)) {
                    return false;
                }
            }
            if (!copiedUnchanged(element, policy)) {
                return false;
            }
        }
        return true;
    }

    private static String message(Set<String> removed) {
        String listed = removed.stream().limit(LISTED).collect(Collectors.joining(", "));
        int more = removed.size() - LISTED;
        return "HTML removed from the page: " + listed + (more > 0 ? " and " + more + " more" : "") + ".";
    }

    /** The policy, with a note of what it refused: one per cleaning, so calls share nothing. */
    private static final class Removals extends Safelist {
        private final Set<String> described = new LinkedHashSet<>();

        void add(String what) {
            described.add(what);
        }

        @Override
        public boolean isSafeTag(String tag) {
            boolean safe = tag.equals(PLACEHOLDER) || HtmlPolicy.INSTANCE.isSafeTag(tag);
            if (!safe && !tag.equals("body")) { // the fragment's parsed container, which is never copied
                add("<" + tag + ">");
            }
            return safe;
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (tagName.equals(PLACEHOLDER)) {
                return attribute.getKey().equals("data");
            }
            boolean safe = HtmlPolicy.INSTANCE.isSafeAttribute(tagName, element, attribute);
            if (!safe) {
                String scheme = HtmlPolicy.scheme(attribute.getValue());
                add(scheme.isEmpty() || !isAddress(attribute.getKey())
                        ? attribute.getKey() + " attribute"
                        : (scheme.equals("data") ? dataType(attribute.getValue()) : scheme + ":") + " address");
            }
            return safe;
        }

        @Override
        public Attributes getEnforcedAttributes(String tagName) {
            return HtmlPolicy.INSTANCE.getEnforcedAttributes(tagName);
        }

        @Override
        public boolean preserveRelativeLinks() {
            return HtmlPolicy.INSTANCE.preserveRelativeLinks();
        }

        private static boolean isAddress(String key) {
            return key.equals("href") || key.equals("src") || key.equals("cite") || key.equals("action") || key.equals("formaction");
        }

        /** {@code data:text/html} of {@code data:text/html;base64,…}. */
        private static String dataType(String url) {
            String value = url.strip();
            int end = value.length();
            for (char stop : new char[] {',', ';'}) {
                int at = value.indexOf(stop);
                end = at >= 0 ? Math.min(end, at) : end;
            }
            return value.substring(0, Math.min(end, 40));
        }
    }
}
