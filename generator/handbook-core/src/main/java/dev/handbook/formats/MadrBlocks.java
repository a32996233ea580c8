package dev.handbook.formats;

import dev.handbook.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Finds MADR metadata in the blocks of a file: {@code Key: value} bullets, bold {@code **Key:** value} lines, a
 * {@code | Metadata | Value |} table, and the relation bullets of a {@code ## Links} section. What it reads is consumed
 * (left out of the body); a paragraph or table that also holds something else is read but kept, so nothing is lost.
 *
 * <p>Not thread-safe: one per file read.
 */
final class MadrBlocks {

    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z][A-Za-z -]{0,30}?)\\s*:\\s*(.*)$");

    private final MarkdownDocument document;
    private final MadrMetadata metadata;
    private final StatusText statuses;
    private final AdrFields fields;

    MadrBlocks(MarkdownDocument document, MadrMetadata metadata, StatusText statuses, AdrFields fields) {
        this.document = document;
        this.metadata = metadata;
        this.statuses = statuses;
        this.fields = fields;
    }

    /** Reads a block between the title and the first section, if it is metadata. */
    void readMetadata(Node block) {
        if (block instanceof BulletList) {
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                Node paragraph = item.getFirstChild();
                if (paragraph instanceof Paragraph && paragraph.getNext() == null && readLines(paragraph)) {
                    document.consume(item);
                }
            }
        } else if (block instanceof Paragraph && readLines(block)) {
            document.consume(block);
        } else if (block instanceof TableBlock table && isMetadataTable(table) && readTable(table)) {
            document.consume(table);
        }
    }

    /** Reads the verb-and-link bullets under {@code ## Links}; the section goes when all its bullets are read. */
    void readLinks(List<Node> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading && heading.getLevel() == 2
                    && InlineText.of(heading, document).text().strip().equalsIgnoreCase("links")
                    && blocks.get(i + 1) instanceof BulletList list) {
                boolean all = true;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    Node paragraph = item.getFirstChild();
                    boolean read = paragraph instanceof Paragraph
                            && statuses.readRelations(InlineText.of(paragraph, document), document.position(paragraph), document, fields);
                    if (read) {
                        document.consume(item);
                    }
                    all &= read;
                }
                if (all && (i + 2 == blocks.size() || blocks.get(i + 2) instanceof Heading)) {
                    document.consume(heading);
                }
            }
        }
    }

    /** Reads every {@code Key: value} line of a paragraph; true if all of them were metadata. */
    private boolean readLines(Node paragraph) {
        InlineText text = InlineText.of(paragraph, document);
        SourcePosition start = document.position(paragraph);
        String[] lines = text.text().split("\n", -1);
        boolean all = true;
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            SourcePosition line = i == 0 ? start : SourcePosition.of(start.path(), start.line() + i, 1);
            all &= read(text.slice(offset, offset + lines[i].length()), line);
            offset += lines[i].length() + 1;
        }
        return all;
    }

    private boolean read(InlineText line, SourcePosition at) {
        Matcher kv = KEY_VALUE.matcher(line.text());
        if (!kv.matches() || MadrMetadata.field(kv.group(1)).isEmpty()) {
            return false;
        }
        InlineText value = line.slice(kv.start(2), kv.end(2));
        SourcePosition afterKey = document.after(at, ":");
        return metadata.read(kv.group(1), value, document.find(afterKey, firstWord(value)));
    }

    private boolean isMetadataTable(TableBlock table) {
        Node head = table.getFirstChild();
        if (!(head instanceof TableHead) || head.getFirstChild() == null) {
            return false;
        }
        List<String> cells = new ArrayList<>();
        for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(AdrStatusTable.normalize(cell.getFirstChild() == null ? "" : textOf(cell)));
        }
        return cells.equals(List.of("metadata", "value"));
    }

    /** Reads the rows; true if every row was metadata. */
    private boolean readTable(TableBlock table) {
        boolean all = true;
        Node body = table.getLastChild();
        if (!(body instanceof TableBody)) {
            return true;
        }
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            Node key = row.getFirstChild();
            Node value = key == null ? null : key.getNext();
            if (value == null) {
                all = false;
                continue;
            }
            InlineText text = InlineText.of(value, document);
            SourcePosition at = document.find(document.position(value), firstWord(text));
            all &= metadata.read(textOf(key).toLowerCase(Locale.ROOT), text, at);
        }
        return all;
    }

    private String textOf(Node node) {
        return InlineText.of(node, document).spoken().strip();
    }

    private static String firstWord(InlineText value) {
        String spoken = value.text().strip();
        return spoken.isEmpty() ? "" : spoken.split("\\s+")[0];
    }
}
