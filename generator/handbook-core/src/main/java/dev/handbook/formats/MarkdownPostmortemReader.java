package dev.handbook.formats;

import dev.handbook.schema.PostmortemSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads postmortems written as plain Markdown, as most teams keep them:
 *
 * <pre>{@code
 * # PM2019-009 - Kubernetes IP starvation        (file: PM2019-009 - Kubernetes IP starvation.md)
 *
 * **Severity:** SEV2
 *
 * ## Timeline
 * | Time (UTC)       | Event                |
 * |------------------|----------------------|
 * | 2019-03-12 14:05 | Pods stuck Pending.  |
 *
 * ## Action items
 * - [ ] Alert on free pod IPs
 * }</pre>
 *
 * The title is front matter's {@code title} or the first H1 (consumed). The date is front matter's {@code date}, a
 * {@code Date:} line before the first section, a file name starting {@code YYYY-MM-DD}, or the first date in the
 * timeline, in that order ({@code PMYYYY-NNN} names give the year only, so such files need one of the others).
 * {@code Severity:} and {@code Duration:} lines are read too; the severity usually comes from the source's
 * {@code defaults}. The timeline table is {@link PostmortemTables}'s, the action items {@link ActionItems}'. Front
 * matter keys are read as {@link MarkdownPage} reads them, after the source's {@code fields:} renames. A
 * {@code README.md} or {@code index.md} lists the postmortems and is skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownPostmortemReader implements FormatReader {

    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern LINE = Pattern.compile("^\\W*(date|incident date|severity|duration)\\W*:\\W*(.+?)\\W*$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> LINE_FIELDS = Map.of("date", PostmortemSchema.DATE.name(), "incident date",
            PostmortemSchema.DATE.name(), "severity", PostmortemSchema.SEVERITY.name(), "duration", PostmortemSchema.DURATION.name());

    @Override
    public String name() {
        return "markdown-postmortem";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.POSTMORTEM);
    }

    /** Any Markdown postmortem whose front matter, if it has one, is not handbook's own. */
    @Override
    public boolean recognises(FormatInput input) {
        return MarkdownPage.isForeign(input);
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        Optional<FormatResult> index = MarkdownPage.indexPage(input);
        if (index.isPresent()) {
            return index.get();
        }
        Diagnostics own = new Diagnostics();
        MarkdownPage page = new MarkdownPage(input, input.text());
        page.readFrontMatter(Map.of("incident_date", PostmortemSchema.DATE.name()), own);
        page.readTitle();
        readLines(page, input.collection().dayFirst(), own);
        PostmortemTables tables = new PostmortemTables(page.document());
        tables.readTimeline(page.fields(), own);
        new ActionItems(page.document(), input.collection().dayFirst(), page.fields(), own).read();
        SourcePosition file = SourcePosition.file(input.displayPath());
        dateFromName(input.fileName()).or(tables::firstDate).ifPresent(date -> page.fields().put(PostmortemSchema.DATE, date.toString(), file));
        if (!page.fields().has(PostmortemSchema.DATE) && !own.hasErrors()) {
            own.error("postmortem.date-missing", page.start(), "The postmortem has no date.",
                    "Add a `Date: YYYY-MM-DD` line under the title, a `date:` to its front matter, or start the file name with"
                            + " `YYYY-MM-DD-`.");
        }
        own.sorted().forEach(diagnostics::report);
        return own.hasErrors() ? new FormatResult.Failed() : page.result();
    }

    /**
     * {@code Date:}, {@code Severity:} and {@code Duration:} lines (bold, bulleted or plain) before the first section; a
     * paragraph or list is read only if all of it is such lines, so no other text is lost.
     */
    private static void readLines(MarkdownPage page, boolean dayFirst, Diagnostics diagnostics) {
        MarkdownDocument document = page.document();
        for (Node block : document.blocks()) {
            if (block instanceof Heading h && h.getLevel() > 1) {
                return;
            }
            List<Node> paragraphs = new ArrayList<>();
            if (block instanceof BulletList) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    paragraphs.add(item.getFirstChild() != null && item.getFirstChild().getNext() == null ? item.getFirstChild() : block);
                }
            } else {
                paragraphs.add(block);
            }
            if (paragraphs.stream().allMatch(p -> p instanceof Paragraph && isMetadata(p, document))) {
                paragraphs.forEach(p -> read(p, page, dayFirst, diagnostics));
                document.consume(block);
            }
        }
    }

    private static boolean isMetadata(Node paragraph, MarkdownDocument document) {
        return InlineText.of(paragraph, document).spoken().lines().allMatch(line -> LINE.matcher(line).matches());
    }

    private static void read(Node paragraph, MarkdownPage page, boolean dayFirst, Diagnostics diagnostics) {
        String[] lines = InlineText.of(paragraph, page.document()).spoken().split("\n");
        SourcePosition start = page.document().position(paragraph);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LINE.matcher(lines[i]);
            m.matches();
            String field = LINE_FIELDS.get(m.group(1).toLowerCase(Locale.ROOT));
            SourcePosition at = page.document().find(SourcePosition.of(start.path(), start.line() + i, 1), m.group(2));
            if (field.equals(PostmortemSchema.DATE.name())) {
                page.fields().date(PostmortemSchema.DATE, m.group(2), at, dayFirst, diagnostics);
            } else {
                String value = field.equals(PostmortemSchema.SEVERITY.name()) ? m.group(2).toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "") : m.group(2);
                page.fields().put(field, value, at);
            }
        }
    }

    private static Optional<LocalDate> dateFromName(String fileName) {
        Matcher dated = DATED_NAME.matcher(fileName);
        try {
            return dated.find() ? Optional.of(LocalDate.of(Integer.parseInt(dated.group(1)), Integer.parseInt(dated.group(2)),
                    Integer.parseInt(dated.group(3)))) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
