package dev.handbook.convert;

import java.util.Map;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * The link to a heading, placed after its text: {@code <a class="permalink" href="#id" aria-label="Link to this
 * section">#</a>}. In Markdown it is the heading's last child and carries the heading's id; AsciiDoc headings get the
 * same HTML from {@link #html}.
 */
final class Permalink extends CustomNode {

    final String id;

    Permalink(String id) {
        this.id = id;
    }

    /** @param id the heading's id, already safe in an attribute (ids are slugs) */
    static String html(String id) {
        return "<a class=\"permalink\" href=\"#" + id + "\" aria-label=\"Link to this section\">#</a>";
    }

    /** Attribute provider: a Markdown heading's id is that of its permalink. */
    static void headingId(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading && node.getLastChild() instanceof Permalink) {
            attributes.put("id", ((Permalink) node.getLastChild()).id);
        }
    }

    static final class Renderer extends CustomNodeRenderer {
        Renderer(HtmlNodeRendererContext context) {
            super(context, Permalink.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().raw(html(((Permalink) node).id));
        }
    }
}
