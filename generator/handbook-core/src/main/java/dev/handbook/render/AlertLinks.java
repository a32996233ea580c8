package dev.handbook.render;

import dev.handbook.model.AlertName;
import dev.handbook.model.Markup;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Links the alert names in a piece of converted markup (a SPOF's {@code detection}) to their alert pages: a word equal
 * to a known alert's name becomes a link, the rest of the text stays as the converter made it, and text already inside
 * a link is left alone. Made per page.
 */
final class AlertLinks {

    private final RenderInput input;
    private final PageLinks links;

    AlertLinks(RenderInput input, PageLinks links) {
        this.input = input;
        this.links = links;
    }

    /** Links to the pages of the known alerts {@code markup} names, in its order; none for null. */
    List<dev.handbook.render.input.LinkView> named(Markup markup) {
        if (markup == null) {
            return List.of();
        }
        return input.alerts().known(AlertName.wordsIn(markup.source())).stream().distinct().map(this::to).toList();
    }

    /** The link to the page of the alert called {@code name}, titled with the name. */
    LinkView to(String name) {
        return new LinkView(links.href(PagePaths.alert(name)), name, "Alert", "", "");
    }

    /** {@code html}, the conversion of {@code markup}, with its alert names linked; null stays null. */
    String linked(String html, Markup markup) {
        if (html == null) {
            return null;
        }
        List<String> names = input.alerts().known(AlertName.wordsIn(markup.source()));
        if (names.isEmpty()) {
            return html; // unchanged, byte for byte
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !insideLink(text)) {
                texts.add(text);
            }
        }, document.body());
        texts.forEach(text -> link(text, names));
        return document.body().html();
    }

    private void link(TextNode text, List<String> names) {
        String whole = text.getWholeText();
        Matcher words = AlertName.PATTERN.matcher(whole);
        List<Node> parts = new ArrayList<>();
        int done = 0;
        while (words.find()) {
            if (names.contains(words.group()) && AlertName.isWordStart(whole, words.start())) {
                parts.add(new TextNode(whole.substring(done, words.start())));
                parts.add(new Element("a").attr("class", "alert-link").attr("href", links.href(PagePaths.alert(words.group()))).text(words.group()));
                done = words.end();
            }
        }
        if (!parts.isEmpty()) {
            parts.add(new TextNode(whole.substring(done)));
            parts.forEach(text::before);
            text.remove();
        }
    }

    private static boolean insideLink(Node node) {
        for (Node up = node.parentNode(); up != null; up = up.parentNode()) {
            if (up instanceof Element element && element.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
