package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Markup;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Tidies Markdown written for other tools before it is rendered: HTML comments go, {@code [TOC]} and
 * {@code [[_TOC_]]} lines ask for the page's outline, GitHub alerts ({@code > [!WARNING]}) become {@link Admonition}s,
 * ANSI escape codes leave code, and template syntax handbook cannot run (Hugo shortcodes, ERB) is a warning.
 */
final class BodyCleanup extends AbstractVisitor {

    private static final Pattern COMMENT = Pattern.compile("(?s)\\s*<!--.*?-->\\s*");
    private static final Pattern ANSI = Pattern.compile("\u001B(?:\\[[0-9;?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)|[@-Z\\\\-_])");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[<%].*?(?:[>%]\\}\\}|$)|<%.*?(?:%>|$)");
    private static final Pattern ALERT = Pattern.compile("\\[!([A-Za-z]+)\\]");
    private static final List<String> TOC_LINES = List.of("[TOC]", "[[_TOC_]]");

    private final Markup markup;
    private final Diagnostics diagnostics;
    private int[] lineStarts;
    boolean toc;

    BodyCleanup(Markup markup, Diagnostics diagnostics) {
        this.markup = markup;
        this.diagnostics = diagnostics;
    }

    @Override
    public void visit(HtmlBlock block) {
        if (COMMENT.matcher(block.getLiteral()).matches()) {
            block.unlink();
        }
    }

    @Override
    public void visit(HtmlInline html) {
        if (html.getLiteral().startsWith("<!--")) {
            html.unlink();
        }
    }

    @Override
    public void visit(FencedCodeBlock block) {
        block.setLiteral(withoutAnsi(block.getLiteral()));
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        block.setLiteral(withoutAnsi(block.getLiteral()));
    }

    @Override
    public void visit(Code code) {
        code.setLiteral(withoutAnsi(code.getLiteral()));
    }

    @Override
    public void visit(Paragraph paragraph) {
        if (!markup.inField() && TOC_LINES.contains(sourceText(paragraph))) {
            toc = true;
            paragraph.unlink();
            return;
        }
        visitChildren(paragraph);
    }

    @Override
    public void visit(BlockQuote quote) {
        Matcher m = quote.getFirstChild() instanceof Paragraph first && first.getFirstChild() instanceof Text marker
                ? ALERT.matcher(marker.getLiteral()) : null;
        if (m == null || !m.matches() || !Admonition.isAlertType(m.group(1))) {
            visitChildren(quote);
            return;
        }
        Node first = quote.getFirstChild();
        Node marker = first.getFirstChild();
        if (marker.getNext() instanceof SoftLineBreak lineBreak) {
            lineBreak.unlink();
        }
        marker.unlink();
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        Admonition admonition = new Admonition(m.group(1), "");
        admonition.setSourceSpans(quote.getSourceSpans());
        for (Node child = quote.getFirstChild(); child != null; child = quote.getFirstChild()) {
            admonition.appendChild(child);
        }
        quote.insertBefore(admonition);
        quote.unlink();
        visitChildren(admonition);
    }

    @Override
    public void visit(Text text) {
        String literal = text.getLiteral();
        if (literal.indexOf("{{") < 0 && literal.indexOf("<%") < 0) { // the pattern's search, tried at every character, was 6% of a build
            return;
        }
        Matcher m = TEMPLATE.matcher(literal);
        while (m.find()) {
            String found = m.group().length() > 60 ? m.group().substring(0, 57) + "..." : m.group();
            boolean erb = found.startsWith("<%");
            diagnostics.warning("markup.template", BodyPositions.of(markup, text, m.start()),
                    (erb ? "ERB tag" : "Hugo shortcode") + " `" + found + "` cannot be run by handbook; it is shown as text.",
                    "Write what it produces in Markdown (a link, an image, a note), or remove it.");
        }
    }

    /** ANSI colours and cursor moves from pasted terminal output; they show as garbage in a browser. */
    static String withoutAnsi(String literal) {
        return literal.indexOf('\u001B') < 0 ? literal : ANSI.matcher(literal).replaceAll("");
    }

    /** A one-line paragraph as written: {@code [[_TOC_]]} is emphasis to commonmark. */
    private String sourceText(Paragraph paragraph) {
        if (paragraph.getSourceSpans().size() != 1) {
            return "";
        }
        int line = paragraph.getSourceSpans().get(0).getLineIndex();
        int[] starts = lineStarts();
        if (line >= starts.length) {
            return "";
        }
        String source = markup.source();
        int end = line + 1 < starts.length ? starts[line + 1] - 1 : source.length();
        return source.substring(starts[line], end).strip();
    }

    /**
     * Where each line of the source starts, found once per body: splitting the whole source again for every
     * paragraph was a sixth of a 10,000-record build's CPU time.
     */
    private int[] lineStarts() {
        if (lineStarts == null) {
            String source = markup.source();
            int count = 1;
            for (int at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) {
                count++;
            }
            lineStarts = new int[count];
            int line = 1;
            for (int at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) {
                lineStarts[line++] = at + 1;
            }
        }
        return lineStarts;
    }
}
