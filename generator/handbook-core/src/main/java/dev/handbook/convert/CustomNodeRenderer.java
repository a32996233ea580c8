package dev.handbook.convert;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/** A renderer of one of handbook's own commonmark node types; subclasses say how it is written. */
abstract class CustomNodeRenderer implements NodeRenderer {

    protected final HtmlNodeRendererContext context;
    private final Class<? extends Node> type;

    CustomNodeRenderer(HtmlNodeRendererContext context, Class<? extends Node> type) {
        this.context = context;
        this.type = type;
    }

    @Override
    public final Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(type);
    }
}
