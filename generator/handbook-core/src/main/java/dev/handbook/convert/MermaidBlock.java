package dev.handbook.convert;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * A Mermaid diagram: a Markdown {@code ```mermaid} block, rendered as {@code <pre class="mermaid">} with its source
 * escaped, which mermaid.js finds and replaces with the drawing. AsciiDoc diagrams get the same HTML from {@link #html}.
 */
final class MermaidBlock extends CustomBlock {

    static final String LANGUAGE = "mermaid";

    final String source;

    MermaidBlock(String source) {
        this.source = source;
    }

    static String html(String source) {
        StringBuilder out = new StringBuilder(source.length() + 32).append("<pre class=\"mermaid\">");
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.append("</pre>").toString();
    }

    static final class Renderer extends CustomNodeRenderer {
        Renderer(HtmlNodeRendererContext context) {
            super(context, MermaidBlock.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().line();
            context.getWriter().raw(html(((MermaidBlock) node).source));
            context.getWriter().line();
        }
    }
}
