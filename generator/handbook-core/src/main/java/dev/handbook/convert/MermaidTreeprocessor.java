package dev.handbook.convert;

import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Replaces AsciiDoc Mermaid diagrams, {@code [source,mermaid]} listings and {@code [mermaid]} listing or literal
 * blocks, with the {@link MermaidBlock#html} that Markdown diagrams get. Stateless, so one instance serves every
 * conversion.
 */
final class MermaidTreeprocessor extends Treeprocessor {

    private static final List<String> CONTEXTS = List.of(":listing", ":literal");

    @Override
    public Document process(Document document) {
        for (String context : CONTEXTS) {
            for (StructuralNode node : document.findBy(Map.of("context", context))) {
                if (node instanceof Block && isMermaid(node)) {
                    replace((Block) node);
                }
            }
        }
        return document;
    }

    private static boolean isMermaid(StructuralNode node) {
        String style = node.getStyle();
        return MermaidBlock.LANGUAGE.equals(style)
                || ("source".equals(style) && MermaidBlock.LANGUAGE.equals(node.getAttribute("language")));
    }

    /** A passthrough block emits its content as is, which is the diagram's escaped source. */
    private void replace(Block block) {
        StructuralNode parent = (StructuralNode) block.getParent();
        List<StructuralNode> siblings = parent.getBlocks();
        int index = siblings.indexOf(block);
        if (index >= 0) {
            siblings.set(index, createBlock(parent, "pass", MermaidBlock.html(block.getSource())));
        }
    }
}
