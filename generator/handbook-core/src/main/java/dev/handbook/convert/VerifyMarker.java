package dev.handbook.convert;

import dev.handbook.model.Snippet;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/** Where a Markdown verification snippet's result goes: rendered as the snippet's marker comment. */
final class VerifyMarker extends CustomBlock {

    final Snippet snippet;

    VerifyMarker(Snippet snippet) {
        this.snippet = snippet;
    }

    /** Renders markers as raw HTML comments, which HTML escaping would otherwise mangle. */
    static final class Renderer extends CustomNodeRenderer {
        Renderer(HtmlNodeRendererContext context) {
            super(context, VerifyMarker.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().raw(((VerifyMarker) node).snippet.marker());
            context.getWriter().line();
        }
    }
}
