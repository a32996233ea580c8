package dev.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * docs/formats.md as its test reads it, parsed with commonmark: a block is marked by an HTML comment on the line
 * above it. {@code <!-- file: PATH -->} before a fenced block: a file of the example repository.
 * {@code <!-- source -->} before a fenced block: one item of {@code sources:}. {@code <!-- expect: PATH -->} before a
 * table: what the record built from PATH holds, column 2 the field and column 3 the value. {@code <!-- NAME -->}
 * before a table or block: a named table ({@code status-table}, {@code ids}) or block ({@code skipped}).
 */
final class FormatsDoc {

    static final Path PATH = TestSites.EXAMPLE.resolve("docs/formats.md");
    private static final Pattern MARK = Pattern.compile("(?s)<!--\\s*([a-z-]+)(?::\\s*(.+?))?\\s*-->\\s*");

    /** A marked block: the mark's name, its argument (a path, or empty) and the block after it. */
    record Marked(String mark, String argument, Node block) {}

    final List<Marked> marked = new ArrayList<>();

    FormatsDoc() {
        String text;
        try {
            text = Files.readString(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(text);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            Matcher mark = node instanceof HtmlBlock html ? MARK.matcher(html.getLiteral()) : null;
            if (mark != null && mark.matches() && node.getNext() != null) {
                marked.add(new Marked(mark.group(1), mark.group(2) == null ? "" : mark.group(2), node.getNext()));
            }
        }
    }

    /** The literal text of every fenced block marked {@code mark}, by its argument (empty for none), in order. */
    Map<String, String> blocks(String mark) {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (Marked m : marked) {
            if (m.mark().equals(mark) && m.block() instanceof FencedCodeBlock fenced) {
                blocks.merge(m.argument(), fenced.getLiteral(), String::concat);
            }
        }
        return blocks;
    }

    /** The site config: every {@code source} block, in order, as the list under {@code sources:}. */
    String config() {
        StringBuilder config = new StringBuilder("title: Formats\nsources:\n");
        blocks("source").values().forEach(items -> items.lines().forEach(line -> config.append("  ").append(line).append('\n')));
        return config.toString();
    }

    /** The rows of the tables marked {@code mark} (with {@code argument}, if not null), each row its cells' text. */
    List<List<String>> rows(String mark, String argument) {
        List<List<String>> rows = new ArrayList<>();
        for (Marked m : marked) {
            if (m.mark().equals(mark) && (argument == null || m.argument().equals(argument)) && m.block() instanceof TableBlock table
                    && table.getLastChild() instanceof TableBody body) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(text(cell).strip());
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    /** The arguments of the marks {@code mark}, in order. */
    List<String> arguments(String mark) {
        return marked.stream().filter(m -> m.mark().equals(mark)).map(Marked::argument).toList();
    }

    /** A cell's text as written: code spans keep their backticks. */
    private static String text(Node cell) {
        StringBuilder text = new StringBuilder();
        cell.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append('`').append(node.getLiteral()).append('`');
            }
        });
        return text.toString();
    }
}
