package dev.handbook.formats;

import dev.handbook.schema.PostmortemSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlScalar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Reads the timeline table of a postmortem ({@code | Time | Event |}, header names matched loosely: time, timestamp or
 * when; event, description or what) into {@code timeline}, keeping each row's place. A cell's clock time is the event's
 * time ({@code 2019-03-12 14:05 UTC} is {@code 14:05}); an ISO date-time with an offset is kept whole, and the first
 * date written in the table is remembered, for postmortems whose file name gives none.
 *
 * <p>Not thread-safe: one per file read.
 */
final class PostmortemTables {

    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:])([01]?\\d|2[0-3]):([0-5]\\d)(:[0-5]\\d)?(?![\\d:])");
    private static final Pattern OFFSET_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\S+(?:Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<String> TIME = List.of("time", "timestamp", "when", "time utc", "date time", "datetime");
    private static final List<String> EVENT = List.of("event", "events", "description", "what", "what happened", "details");

    private final MarkdownDocument document;
    private Optional<LocalDate> firstDate = Optional.empty();

    PostmortemTables(MarkdownDocument document) {
        this.document = document;
    }

    /** The cells of {@code table}'s header, normalised: lower case, words only. */
    static List<String> header(TableBlock table, MarkdownDocument document) {
        List<String> names = new ArrayList<>();
        Node head = table.getFirstChild();
        if (head instanceof TableHead && head.getFirstChild() != null) {
            for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                names.add(InlineText.of(cell, document).spoken().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", " ").strip()
                        .replaceAll("\\s+", " "));
            }
        }
        return names;
    }

    /** The rows of {@code table}'s body, each a list of its cells. */
    static List<List<Node>> rows(TableBlock table) {
        List<List<Node>> rows = new ArrayList<>();
        if (table.getLastChild() instanceof TableBody body) {
            for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                List<Node> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(cell);
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * Reads the first timeline table into {@code fields}, and consumes it (and its {@code Timeline} heading when nothing
     * else is under it); rows without a time are warnings.
     */
    void readTimeline(AdrFields fields, Diagnostics diagnostics) {
        List<Node> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TableBlock table) {
                List<String> header = header(table, document);
                int time = column(header, TIME);
                int event = column(header, EVENT);
                if (time >= 0 && event >= 0) {
                    rows(table).forEach(row -> readRow(row, time, event, fields, diagnostics));
                    document.consume(table);
                    boolean alone = i + 1 == blocks.size() || blocks.get(i + 1) instanceof Heading;
                    if (alone && i > 0 && blocks.get(i - 1) instanceof Heading heading
                            && InlineText.of(heading, document).spoken().strip().equalsIgnoreCase("timeline")) {
                        document.consume(heading); // the page shows the timeline under its own heading
                    }
                    return;
                }
            }
        }
    }

    /** The first date a timeline cell holds, if any. */
    Optional<LocalDate> firstDate() {
        return firstDate;
    }

    /** The index of the first header cell that is one of {@code names}; -1 if none is. */
    static int column(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void readRow(List<Node> row, int time, int event, AdrFields fields, Diagnostics diagnostics) {
        if (Math.max(time, event) >= row.size()) {
            return;
        }
        String when = InlineText.of(row.get(time), document).spoken().strip();
        String what = InlineText.of(row.get(event), document).spoken().strip();
        SourcePosition at = document.find(document.position(row.get(time)), when);
        Matcher date = DATE.matcher(when);
        if (firstDate.isEmpty() && date.find()) {
            firstDate = LooseDates.parse(date.group(), false);
        }
        Optional<String> clock = clock(when);
        if (clock.isEmpty() || what.isEmpty()) {
            diagnostics.warning("postmortem.timeline-row", at, "Timeline row '" + when + " | " + what + "' has no "
                    + (clock.isEmpty() ? "time of day" : "event") + ", and is left out of the timeline.",
                    "Write the time as `HH:MM` (a date before it is fine) and what happened in the next column.");
            return;
        }
        SourcePosition eventAt = document.find(document.position(row.get(event)), what);
        fields.add(PostmortemSchema.TIMELINE, new YamlMap(List.of(
                new YamlMap.Entry(PostmortemSchema.EVENT_TIME.name(), at, new YamlScalar(clock.get(), false, at)),
                new YamlMap.Entry(PostmortemSchema.EVENT_TEXT.name(), eventAt, new YamlScalar(what, false, eventAt))), at));
    }

    private static Optional<String> clock(String when) {
        if (OFFSET_DATE_TIME.matcher(when).matches()) {
            return Optional.of(when);
        }
        Matcher clock = CLOCK.matcher(when);
        if (!clock.find()) {
            return Optional.empty();
        }
        String hour = clock.group(1).length() == 1 ? "0" + clock.group(1) : clock.group(1);
        return Optional.of(hour + ":" + clock.group(2) + (clock.group(3) == null ? "" : clock.group(3)));
    }
}
