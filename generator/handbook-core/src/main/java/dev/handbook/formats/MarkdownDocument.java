package dev.handbook.formats;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Markup;
import dev.handbook.model.SourceFormat;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown file as a format reader takes it apart: its blocks parsed by commonmark with source spans, positions of
 * any node, and the body left once the reader has consumed some blocks. Consumed lines become empty lines rather than
 * being cut out, so every position in the body is still the position in the file.
 *
 * <p>Not thread-safe: one per file read.
 */
final class MarkdownDocument {

    private static final Parser PARSER =
            Parser.builder()
                    .extensions(List.of(TablesExtension.create()))
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                    .build();

    private static final String TOML_FENCE = "+++";

    private final String path;
    private final List<String> lines;
    private final int frontMatterLines;
    private final BitSet consumed = new BitSet();
    private final Node root;

    private MarkdownDocument(String path, List<String> lines, int frontMatterLines) {
        this.path = path;
        this.lines = lines;
        this.frontMatterLines = frontMatterLines;
        consumed.set(0, frontMatterLines);
        List<String> markdown = new ArrayList<>(lines);
        for (int i = 0; i < frontMatterLines; i++) {
            markdown.set(i, "");
        }
        this.root = PARSER.parse(String.join("\n", markdown));
    }

    /** Parses {@code text}; a leading {@code ---} or {@code +++} front matter block is kept apart ({@link #frontMatter}). */
    static MarkdownDocument parse(String path, String text) {
        List<String> lines = lines(text);
        return new MarkdownDocument(path, lines, frontMatterEnd(lines));
    }

    /** The front matter of {@code text}, without parsing the rest: for {@code recognises}, which must be cheap. */
    static Optional<String> frontMatter(String text) {
        List<String> lines = lines(text);
        return yaml(lines, frontMatterEnd(lines));
    }

    /** {@code markdown} parsed on its own, for values written inside YAML. */
    static Node parseInline(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The YAML between the {@code ---} lines, which starts on line 2, if the file opens with YAML front matter. */
    Optional<String> frontMatter() {
        return yaml(lines, frontMatterLines);
    }

    /** The TOML between the {@code +++} lines (Hugo's), which starts on line 2, if the file opens with TOML front matter. */
    Optional<String> tomlFrontMatter() {
        return frontMatterLines == 0 || !isToml(lines) ? Optional.empty() : Optional.of(inside(lines, frontMatterLines));
    }

    private static Optional<String> yaml(List<String> lines, int frontMatterLines) {
        return frontMatterLines == 0 || isToml(lines) ? Optional.empty() : Optional.of(inside(lines, frontMatterLines));
    }

    private static String inside(List<String> lines, int frontMatterLines) {
        return String.join("\n", lines.subList(1, frontMatterLines - 1)) + "\n";
    }

    private static boolean isToml(List<String> lines) {
        return lines.get(0).stripTrailing().equals(TOML_FENCE);
    }

    private static List<String> lines(String text) {
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(unmarked.split("\r\n|\r|\n", -1));
    }

    /** The top-level blocks, in order. */
    List<Node> blocks() {
        List<Node> blocks = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(n);
        }
        return blocks;
    }

    /** Where {@code node} starts in the file. */
    SourcePosition position(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return SourcePosition.file(path);
        }
        return SourcePosition.of(path, spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }

    /** Where {@code text} is first written on the line of {@code at}, at or after its column; {@code at} if it is not. */
    SourcePosition find(SourcePosition at, String text) {
        String line = lineAt(at);
        int column = text.isEmpty() ? -1 : line.indexOf(text, at.column() - 1);
        return column < 0 ? at : SourcePosition.of(path, at.line(), column + 1);
    }

    /** The position just after the first {@code text} on the line of {@code at}; {@code at} if there is none. */
    SourcePosition after(SourcePosition at, String text) {
        SourcePosition found = find(at, text);
        return found.equals(at) && !lineAt(at).startsWith(text, at.column() - 1) ? at : SourcePosition.of(path, found.line(), found.column() + text.length());
    }

    private String lineAt(SourcePosition at) {
        return lines.get(Math.min(at.line(), lines.size()) - 1);
    }

    /** Leaves the lines of {@code node} out of the body. */
    void consume(Node node) {
        for (SourceSpan span : node.getSourceSpans()) {
            consumed.set(span.getLineIndex());
        }
    }

    String path() {
        return path;
    }

    /** The lines not consumed, starting at the first that is not blank, which its position names. */
    Markup body() {
        int first = 0;
        while (first < lines.size() && (consumed.get(first) || lines.get(first).isBlank())) {
            first++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = first; i < lines.size(); i++) {
            text.append(consumed.get(i) ? "" : lines.get(i));
            if (i < lines.size() - 1) {
                text.append('\n');
            }
        }
        return Markup.body(text.toString(), SourceFormat.MARKDOWN, SourcePosition.of(path, first + 1, 1));
    }

    /** The number of lines of the front matter block ({@code ---} or {@code +++}) with its delimiters, 0 without one. */
    private static int frontMatterEnd(List<String> lines) {
        String opening = lines.isEmpty() ? "" : lines.get(0).stripTrailing();
        if (!opening.equals("---") && !opening.equals(TOML_FENCE)) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals(opening) || (opening.equals("---") && line.equals("..."))) {
                return i + 1;
            }
        }
        return 0;
    }
}
