package dev.handbook.formats;

import dev.handbook.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a paragraph or list item with its links kept apart: each link stands in {@link #text} as one private-use
 * character ({@link #LINK} plus its index in {@link #links}), so commas and semicolons in link labels cannot split a
 * value. Line breaks are {@code \n}; emphasis marks are gone; HTML comments and images are dropped.
 */
record InlineText(String text, List<InlineText.Target> links) {

    static final char LINK = '\uE000';

    /** A link as written: where it goes, its label, and where it starts in the file. */
    record Target(String destination, String label, SourcePosition where) {}

    InlineText {
        links = List.copyOf(links);
    }

    static InlineText of(Node node, MarkdownDocument document) {
        return of(node, document::position);
    }

    /** The words of {@code markdown} written at {@code at} as one value (a YAML scalar); its links are placed there. */
    static InlineText ofValue(String markdown, SourcePosition at) {
        return of(MarkdownDocument.parseInline(markdown), n -> at);
    }

    private static InlineText of(Node node, Function<Node, SourcePosition> positions) {
        StringBuilder text = new StringBuilder();
        List<Target> links = new ArrayList<>();
        append(node, positions, text, links);
        return new InlineText(text.toString(), links);
    }

    /** The part of this text from {@code start} to {@code end}, with the same links. */
    InlineText slice(int start, int end) {
        return new InlineText(text.substring(start, end), links);
    }

    /** The link a placeholder character stands for, if {@code c} is one. */
    Optional<Target> link(char c) {
        int index = c - LINK;
        return index >= 0 && index < links.size() ? Optional.of(links.get(index)) : Optional.empty();
    }

    /** The whole text with each link replaced by its label. */
    String spoken() {
        return spoken(text);
    }

    /** {@code text} with each link replaced by its label, as a reader would say it. */
    String spoken(String part) {
        StringBuilder out = new StringBuilder();
        part.chars().forEach(c -> out.append(link((char) c).map(Target::label).orElse(String.valueOf((char) c))));
        return out.toString();
    }

    private static void append(Node node, Function<Node, SourcePosition> positions, StringBuilder text, List<Target> links) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append('\n');
            } else if (child instanceof Link l) {
                StringBuilder label = new StringBuilder();
                append(l, positions, label, new ArrayList<>());
                text.append((char) (LINK + links.size()));
                links.add(new Target(l.getDestination(), label.toString(), positions.apply(l)));
            } else if (!(child instanceof HtmlInline || child instanceof Image)) {
                append(child, positions, text, links);
            }
        }
    }
}
