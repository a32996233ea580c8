package dev.handbook.convert;

import java.util.Locale;
import java.util.Map;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A Markdown admonition, GitHub's {@code > [!WARNING]} or MkDocs' {@code !!! warning "Title"}: rendered with the HTML
 * Asciidoctor writes for {@code WARNING:}, so the theme styles both markups alike.
 */
final class Admonition extends CustomBlock {

    /** Asciidoctor's five types, and what the MkDocs types mean among them. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("info", "note"), Map.entry("abstract", "note"), Map.entry("summary", "note"),
            Map.entry("example", "note"), Map.entry("quote", "note"), Map.entry("question", "note"), Map.entry("tip", "tip"),
            Map.entry("hint", "tip"), Map.entry("success", "tip"), Map.entry("important", "important"), Map.entry("warning", "warning"),
            Map.entry("attention", "warning"), Map.entry("caution", "caution"), Map.entry("danger", "caution"),
            Map.entry("error", "caution"), Map.entry("failure", "caution"), Map.entry("bug", "caution"));

    final String type;
    final String title;

    /** @param title the block's own title, or empty */
    Admonition(String type, String title) {
        this.type = TYPES.getOrDefault(type.toLowerCase(Locale.ROOT), "note");
        this.title = title;
    }

    /** Whether {@code word} names an admonition type GitHub writes (the five Asciidoctor has). */
    static boolean isAlertType(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return TYPES.containsKey(lower) && TYPES.get(lower).equals(lower);
    }

    static final class Renderer extends CustomNodeRenderer {
        Renderer(HtmlNodeRendererContext context) {
            super(context, Admonition.class);
        }

        @Override
        public void render(Node node) {
            Admonition block = (Admonition) node;
            HtmlWriter html = context.getWriter();
            html.line();
            html.raw("<div class=\"admonitionblock " + block.type + "\">\n<table>\n<tr>\n<td class=\"icon\">\n<div class=\"title\">");
            html.text(Character.toUpperCase(block.type.charAt(0)) + block.type.substring(1));
            html.raw("</div>\n</td>\n<td class=\"content\">\n");
            if (!block.title.isEmpty()) {
                html.raw("<div class=\"title\">");
                html.text(block.title);
                html.raw("</div>\n");
            }
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.line();
            html.raw("</td>\n</tr>\n</table>\n</div>");
            html.line();
        }
    }
}
