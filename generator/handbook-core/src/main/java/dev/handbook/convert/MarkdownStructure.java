package dev.handbook.convert;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Paragraph;

/**
 * Prepares a Markdown tree for the page: gives each heading an entry-unique id and a {@link Permalink}, collects the
 * outline, turns {@code ```mermaid} blocks into {@link MermaidBlock}s and notes code with a language. Runs after
 * record links are rewritten, so headings read as their links will.
 */
final class MarkdownStructure extends AbstractVisitor {

    private final HeadingIds ids;
    final List<Heading> outline = new ArrayList<>();
    boolean mermaid;
    boolean code;

    MarkdownStructure(HeadingIds ids) {
        this.ids = ids;
    }

    // Paragraphs and tables hold only inline content, never a heading or a code block: skipping them skips most nodes.
    @Override
    public void visit(Paragraph paragraph) {}

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof Admonition) {
            visitChildren(block);
        }
    }

    @Override
    public void visit(org.commonmark.node.Heading heading) {
        String text = MarkdownText.of(heading);
        String id = ids.forText(text);
        heading.appendChild(new Permalink(id));
        outline.add(new Heading(heading.getLevel(), id, text));
    }

    @Override
    public void visit(FencedCodeBlock block) {
        String language = language(block.getInfo());
        if (language.equals(MermaidBlock.LANGUAGE)) {
            block.insertBefore(new MermaidBlock(block.getLiteral()));
            block.unlink();
            mermaid = true;
        } else if (!language.isEmpty()) {
            code = true;
        }
    }

    /** The info string's first word, as commonmark takes it for the {@code language-} class. */
    private static String language(String info) {
        String stripped = info == null ? "" : info.strip();
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end);
    }
}
