package dev.handbook.convert;

import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The plain text of a Markdown tree, for search and for heading names: the words a reader sees, whitespace collapsed.
 * Not commonmark's {@code TextContentRenderer}, which writes link destinations, quotes and list markers into its text.
 * Raw HTML, permalinks and snippet markers have no text.
 *
 * <p>A loop over the tree rather than a {@code Visitor}: it runs over every node of every page, and the loop measured
 * about a third cheaper than double dispatch in the convert benchmark.
 */
final class MarkdownText {

    private final StringBuilder out;
    private boolean space;

    private MarkdownText(int capacity) {
        out = new StringBuilder(capacity);
    }

    static String of(Node node) {
        return of(node, 16);
    }

    /** @param capacity a guess at the text's length, such as the source's, to save regrowing the buffer */
    static String of(Node root, int capacity) {
        MarkdownText text = new MarkdownText(capacity);
        text.walk(root);
        return text.out.toString();
    }

    /** Depth first, in document order, without recursion. */
    private void walk(Node root) {
        Node node = root;
        while (true) {
            Node child = enter(node) ? node.getFirstChild() : null;
            if (child != null) {
                node = child;
                continue;
            }
            while (true) {
                space |= separates(node);
                if (node == root) {
                    return;
                }
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
            }
        }
    }

    /** Takes a node's own text; whether its children have text to take. */
    private boolean enter(Node node) {
        if (node instanceof Text) {
            append(((Text) node).getLiteral());
        } else if (node instanceof Code) {
            append(((Code) node).getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            space = true;
        } else if (node instanceof FencedCodeBlock) {
            separate(((FencedCodeBlock) node).getLiteral());
        } else if (node instanceof IndentedCodeBlock) {
            separate(((IndentedCodeBlock) node).getLiteral());
        } else if (node instanceof MermaidBlock) {
            separate(((MermaidBlock) node).source); // node labels are worth finding
        } else if (!(node instanceof HtmlInline || node instanceof HtmlBlock)) {
            space |= separates(node);
            return true;
        }
        return false;
    }

    /** Blocks and table cells are separate words: "a" in one cell, "b" in the next is not "ab". */
    private static boolean separates(Node node) {
        return node instanceof Block || node instanceof CustomNode;
    }

    private void separate(String literal) {
        space = true;
        append(literal);
        space = true;
    }

    /**
     * Appends with whitespace collapsed. This runs over every character of every page, so the usual text, words with
     * single spaces, is copied whole after a few (vectorised) {@code indexOf} checks, not looked at char by char.
     */
    private void append(String literal) {
        if (literal.indexOf("  ") >= 0 || literal.indexOf('\n') >= 0 || literal.indexOf('\t') >= 0 || literal.indexOf('\r') >= 0) {
            appendWords(literal);
            return;
        }
        int start = 0;
        int end = literal.length();
        if (start < end && literal.charAt(start) == ' ') {
            space = true;
            start++;
        }
        boolean trailing = end > start && literal.charAt(end - 1) == ' ';
        if (trailing) {
            end--;
        }
        word(literal, start, end);
        space |= trailing;
    }

    private void appendWords(String literal) {
        int n = literal.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && !isSpace(literal.charAt(i))) {
                i++;
            }
            word(literal, start, i);
            while (i < n && isSpace(literal.charAt(i))) {
                space = true;
                i++;
            }
        }
    }

    private void word(String literal, int start, int end) {
        if (end > start) {
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(literal, start, end);
        }
    }

    /** The whitespace that {@link #append} looks for; other characters, such as a no-break space, are kept. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }
}
