package dev.handbook.formats;

import dev.handbook.schema.AdrSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Reads MADR 2/3 and log4brains ADRs, whose metadata follows the H1, and MADR 3/4 ADRs with YAML front matter:
 *
 * <pre>{@code
 * # Use PostgreSQL                       ---
 *                                        status: accepted
 * - Status: ✅ accepted                  date: 2024-05-02
 * - Date: 2024-05-02                     decision-makers: [Ana, Ben]
 * - Deciders: Ana, Ben                   nav_order: 3
 * - Tags: [database, storage]            ---
 *                                        # Use PostgreSQL
 * }</pre>
 *
 * Metadata may be bullets ({@code -} or {@code *}), bold lines ({@code **Status:** accepted}) or a
 * {@code | Metadata | Value |} table; {@code superseded by [ADR-0005](0005-x.md)} in the status and verb-and-link
 * bullets under {@code ## Links} are relations. A log4brains name ({@code 20240502-use-postgresql.md}) gives the date
 * when no {@code Date} is written. Placeholders left from the template ({@code [list everyone involved]}) are no
 * values, and a status still listing the template's choices is proposed, as log4brains shows it. MADR's
 * {@code template.md} and the collection's {@code index.md} or {@code README.md} are skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class MadrReader implements FormatReader {

    private static final Pattern METADATA_LINE =
            Pattern.compile("(?im)^\\s{0,3}(?:[-*+]\\s+)?\\*{0,2}status\\*{0,2}\\s*:\\s*\\*{0,2}\\s*\\S");
    private static final Pattern METADATA_TABLE = Pattern.compile("(?im)^\\s*\\|\\s*\\**metadata\\**\\s*\\|\\s*\\**value\\**\\s*\\|");
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})-");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("(?i)(adr-)?template\\.(md|markdown)");
    private static final int METADATA_LINES = 40;

    private final StatusText statuses;

    public MadrReader(AdrStatusTable table) {
        this.statuses = new StatusText(table);
    }

    @Override
    public FormatReader withStatuses(AdrStatusTable table) {
        return new MadrReader(table);
    }

    @Override
    public String name() {
        return "madr";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.ADR);
    }

    @Override
    public boolean recognises(FormatInput input) {
        if (input.markup() != SourceFormat.MARKDOWN) {
            return false;
        }
        Optional<String> frontMatter = MarkdownDocument.frontMatter(input.text());
        if (frontMatter.isPresent()) {
            return MadrFrontMatter.isMadr(frontMatter.get());
        }
        String head = input.text().lines().limit(METADATA_LINES).reduce("", (a, b) -> a + b + "\n");
        return METADATA_LINE.matcher(head).find() || METADATA_TABLE.matcher(head).find();
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        if (TEMPLATE_NAME.matcher(input.fileName()).matches()) {
            return new FormatResult.Skipped("MADR templates (template.md)");
        }
        MarkdownDocument document = MarkdownDocument.parse(input.displayPath(), input.text());
        Diagnostics own = new Diagnostics();
        AdrFields fields = new AdrFields();
        MadrMetadata metadata = new MadrMetadata(statuses, document, fields, input.collection().dayFirst(), own);
        document.frontMatter().ifPresent(yaml -> new MadrFrontMatter(metadata, fields, own).read(yaml, input.displayPath()));
        List<Node> blocks = document.blocks();
        int h1 = blocks.isEmpty() || !isH1(blocks.get(0)) ? -1 : 0;
        SourcePosition start = h1 < 0 ? SourcePosition.file(input.displayPath()) : document.position(blocks.get(0));
        if (h1 == 0) {
            fields.title(InlineText.of(blocks.get(0), document).spoken(), start, document);
            document.consume(blocks.get(0));
        }
        MadrBlocks sections = new MadrBlocks(document, metadata, statuses, fields);
        for (Node block : blocks.subList(h1 + 1, blocks.size())) {
            if (block instanceof Heading) {
                break;
            }
            sections.readMetadata(block);
        }
        sections.readLinks(blocks);
        if (!fields.has(AdrSchema.STATUS) && !own.hasErrors()) {
            Optional<FormatResult> index = MarkdownPage.indexPage(input); // a list of the decisions, not one
            if (index.isPresent()) {
                return index.get();
            }
            own.error("adr.status-missing", start, "The ADR has no status.",
                    "Add a `- Status: accepted` line under the title (or `status:` in its front matter).");
        }
        if (!fields.has(AdrSchema.DATE)) {
            dateFromName(input.fileName()).ifPresent(date -> fields.put(AdrSchema.DATE, date.toString(), SourcePosition.file(input.displayPath())));
        }
        if (!fields.has(AdrSchema.DATE) && !own.hasErrors()) {
            own.error("adr.date-missing", start, "The ADR has no date.",
                    "Add a `- Date: YYYY-MM-DD` line under the title, or name the file `YYYYMMDD-slug.md`.");
        }
        own.sorted().forEach(diagnostics::report);
        if (own.hasErrors()) {
            return new FormatResult.Failed();
        }
        return new FormatResult.Read(fields.toMap(start), Optional.of(document.body()));
    }

    private static boolean isH1(Node block) {
        return block instanceof Heading heading && heading.getLevel() == 1;
    }

    /** log4brains names files {@code YYYYMMDD-slug.md}, and dates a decision by its name when it has no Date. */
    private static Optional<LocalDate> dateFromName(String fileName) {
        Matcher dated = DATED_NAME.matcher(fileName);
        if (!dated.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(dated.group(1)), Integer.parseInt(dated.group(2)), Integer.parseInt(dated.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
