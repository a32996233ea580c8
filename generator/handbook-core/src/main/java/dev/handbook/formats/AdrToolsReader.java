package dev.handbook.formats;

import dev.handbook.schema.AdrSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads ADRs in Michael Nygard's form, as adr-tools writes them:
 *
 * <pre>{@code
 * # 3. Use MySQL
 *
 * Date: 2026-12-06
 *
 * ## Status
 *
 * Accepted
 *
 * Supersedes [2. Use Postgres](0002-use-postgres.md)
 *
 * Amended by [4. Add caching](0004-add-caching.md)
 * }</pre>
 *
 * A file is recognised by its H1 on the first line and a {@code ## Status} section, numbered or not ({@code # Use X},
 * {@code # ADR-012: Use X}). The title is the H1 without its number (the number comes from the file name, since real
 * H1s disagree with it); the
 * date is the {@code Date} line (colon optional, in any {@link LooseDates} form); the status is the first paragraph
 * under {@code ## Status}, and the paragraphs after it that are a verb and a link are relations. adr-tools' template,
 * with its {@code NUMBER}, {@code TITLE}, {@code DATE} and {@code STATUS} placeholders, is skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class AdrToolsReader implements FormatReader {

    private static final Pattern H1_FIRST = Pattern.compile("\\A\\s*#[ \\t]+\\S");
    private static final Pattern STATUS_HEADING = Pattern.compile("(?mi)^##[ \\t]+status[ \\t#]*$");
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^date\\b\\s*:?\\s*(.+)$");
    private static final String TEMPLATE_TITLE = "NUMBER. TITLE";

    private final StatusText statuses;

    public AdrToolsReader(AdrStatusTable table) {
        this.statuses = new StatusText(table);
    }

    @Override
    public FormatReader withStatuses(AdrStatusTable table) {
        return new AdrToolsReader(table);
    }

    @Override
    public String name() {
        return "adr-tools";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.ADR);
    }

    @Override
    public boolean recognises(FormatInput input) {
        String text = input.text().startsWith("\uFEFF") ? input.text().substring(1) : input.text();
        return input.markup() == SourceFormat.MARKDOWN && H1_FIRST.matcher(text).find() && STATUS_HEADING.matcher(text).find();
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        MarkdownDocument document = MarkdownDocument.parse(input.displayPath(), input.text());
        List<Node> blocks = document.blocks();
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Heading h1) || h1.getLevel() != 1) {
            diagnostics.error("adr-tools.title", SourcePosition.file(input.displayPath()),
                    "An adr-tools ADR starts with its title, `# N. Title`.", "Add the title line, or read the file with another `format:`.");
            return new FormatResult.Failed();
        }
        String heading = InlineText.of(h1, document).spoken().strip();
        if (isTemplate(heading, blocks, document)) {
            return new FormatResult.Skipped("adr-tools templates (NUMBER, TITLE, DATE and STATUS placeholders)");
        }
        Diagnostics own = new Diagnostics();
        AdrFields fields = new AdrFields();
        fields.title(heading, document.position(h1), document);
        document.consume(h1);
        int status = -1;
        for (int i = 1; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            if (status < 0 && !fields.has(AdrSchema.DATE) && block instanceof Paragraph) {
                readDate(block, document, input.collection().dayFirst(), fields, own);
            } else if (block instanceof Heading h && h.getLevel() == 2 && isStatus(h, document)) {
                status = i;
                break;
            }
        }
        if (status < 0) {
            own.error("adr.status-missing", SourcePosition.file(input.displayPath()), "The ADR has no `## Status` section.",
                    "Add `## Status` with the status under it, e.g. `Accepted`.");
        } else {
            readStatusSection(blocks, status, document, fields, own);
        }
        if (!fields.has(AdrSchema.DATE) && !own.hasErrors()) {
            own.error("adr.date-missing", document.position(h1), "The ADR has no `Date:` line.",
                    "Add `Date: YYYY-MM-DD` under the title.");
        }
        own.sorted().forEach(diagnostics::report);
        if (own.hasErrors()) {
            return new FormatResult.Failed();
        }
        return new FormatResult.Read(fields.toMap(document.position(h1)), Optional.of(document.body()));
    }

    private static void readDate(Node paragraph, MarkdownDocument document, boolean dayFirst, AdrFields fields, Diagnostics diagnostics) {
        InlineText text = InlineText.of(paragraph, document);
        Matcher date = DATE_LINE.matcher(text.text().strip());
        if (date.matches() && !date.group(1).contains("\n")) {
            fields.date(AdrSchema.DATE, date.group(1), document.find(document.position(paragraph), date.group(1).strip()), dayFirst, diagnostics);
            document.consume(paragraph);
        }
    }

    /** The first paragraph is the status; the relation lines after it are read, until the next section. */
    private void readStatusSection(List<Node> blocks, int heading, MarkdownDocument document, AdrFields fields, Diagnostics diagnostics) {
        document.consume(blocks.get(heading));
        boolean first = true;
        for (Node block : blocks.subList(heading + 1, blocks.size())) {
            if (block instanceof Heading h && h.getLevel() <= 2) {
                break;
            }
            if (!(block instanceof Paragraph)) {
                continue;
            }
            InlineText text = InlineText.of(block, document);
            if (first) {
                statuses.readStatus(text, document.position(block), document, fields, diagnostics);
                document.consume(block);
                first = false;
            } else if (statuses.readRelations(text, document.position(block), document, fields)) {
                document.consume(block);
            }
        }
        if (first) {
            diagnostics.error("adr.status", document.position(blocks.get(heading)), "The `## Status` section is empty.",
                    "Write the status on the line after it, e.g. `Accepted`.");
        }
    }

    private static boolean isStatus(Heading heading, MarkdownDocument document) {
        return InlineText.of(heading, document).text().strip().equalsIgnoreCase("status");
    }

    private static boolean isTemplate(String heading, List<Node> blocks, MarkdownDocument document) {
        long placeholders = blocks.stream()
                .filter(b -> b instanceof Paragraph || b instanceof Heading)
                .map(b -> InlineText.of(b, document).text().strip())
                .filter(t -> t.equals("STATUS") || t.matches("(?i:date):?\\s*DATE"))
                .count();
        return heading.equals(TEMPLATE_TITLE) || placeholders >= 2;
    }
}
