package dev.handbook.convert;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Markup;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Where a Markdown node is in its file: exact in a body, the field's own position in a YAML text field. */
final class BodyPositions {

    private BodyPositions() {}

    /** @param offset characters after the node's first column, such as a match inside a text node */
    static SourcePosition of(Markup markup, Node node, int offset) {
        SourcePosition start = markup.where();
        List<SourceSpan> spans = node.getSourceSpans();
        if (markup.inField() || spans.isEmpty()) {
            return start;
        }
        SourceSpan span = spans.get(0);
        return SourcePosition.of(start.path(), start.line() + span.getLineIndex(), span.getColumnIndex() + 1 + offset);
    }
}
