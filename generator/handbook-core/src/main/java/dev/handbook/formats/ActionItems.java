package dev.handbook.formats;

import dev.handbook.schema.ActionItemSchema;
import dev.handbook.schema.FieldKey;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the action items of a postmortem from the section under an "Action items" heading (also "Follow-ups",
 * "Corrective actions"): a table ({@code | Action | Owner | Due | Status |}, header names matched loosely) or a task
 * list ({@code - [ ] Add an alert}, {@code - [x] …} done). Items are numbered {@code AI-1}, {@code AI-2}, … in the
 * order written; what is read is consumed, so the page does not show it twice.
 *
 * <p>Not thread-safe: one per file read.
 */
final class ActionItems {

    private static final Pattern HEADING = Pattern.compile("(?i)(action items?|follow[- ]?ups?|corrective actions?|remediation items?)\\W*");
    private static final Pattern TASK = Pattern.compile("(?s)\\[([ xX])]\\s+(.+)");
    private static final List<String> ACTION = List.of("action", "action item", "item", "task", "title", "description", "what");
    private static final List<String> OWNER = List.of("owner", "owners", "who", "assignee", "assigned to");
    private static final List<String> DUE = List.of("due", "due date", "deadline", "by");
    private static final List<String> STATUS = List.of("status", "state", "done");

    private final MarkdownDocument document;
    private final boolean dayFirst;
    private final AdrFields fields;
    private final Diagnostics diagnostics;
    private int count;

    ActionItems(MarkdownDocument document, boolean dayFirst, AdrFields fields, Diagnostics diagnostics) {
        this.document = document;
        this.dayFirst = dayFirst;
        this.fields = fields;
        this.diagnostics = diagnostics;
    }

    /** Reads every action-item section of the page; a section that was all action items goes with its heading. */
    void read() {
        List<Node> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading && HEADING.matcher(InlineText.of(heading, document).spoken().strip()).matches()) {
                boolean all = true;
                for (Node block : blocks.subList(i + 1, blocks.size())) {
                    if (block instanceof Heading next && next.getLevel() <= heading.getLevel()) {
                        break;
                    }
                    all &= block instanceof TableBlock table ? readTable(table) : block instanceof BulletList list && readTasks(list);
                }
                if (all) {
                    document.consume(heading);
                }
            }
        }
    }

    private boolean readTable(TableBlock table) {
        List<String> header = PostmortemTables.header(table, document);
        int action = PostmortemTables.column(header, ACTION);
        if (action < 0) {
            return false;
        }
        for (List<Node> row : PostmortemTables.rows(table)) {
            if (action < row.size()) {
                String title = cell(row, action).orElse("");
                if (!title.isEmpty()) {
                    add(title, document.find(document.position(row.get(action)), title), cell(row, PostmortemTables.column(header, OWNER)),
                            cell(row, PostmortemTables.column(header, DUE)), cell(row, PostmortemTables.column(header, STATUS)).map(ActionItems::status));
                }
            }
        }
        document.consume(table);
        return true;
    }

    /** Reads a task list; a list that is not all tasks is left as it is. */
    private boolean readTasks(BulletList list) {
        List<Runnable> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node paragraph = item.getFirstChild();
            Matcher task = paragraph instanceof Paragraph ? TASK.matcher(InlineText.of(paragraph, document).spoken().strip()) : null;
            if (!(item instanceof ListItem) || task == null || !task.matches()) {
                return false;
            }
            String title = task.group(2).replace('\n', ' ').strip();
            SourcePosition at = document.find(document.position(paragraph), title.split(" ")[0]);
            Optional<String> status = Optional.of(task.group(1).isBlank() ? "open" : "done");
            items.add(() -> add(title, at, Optional.empty(), Optional.empty(), status));
        }
        items.forEach(Runnable::run);
        document.consume(list);
        return true;
    }

    private void add(String title, SourcePosition at, Optional<String> owner, Optional<String> due, Optional<String> status) {
        count++;
        List<YamlMap.Entry> item = new ArrayList<>();
        item.add(scalar(ActionItemSchema.ID, "AI-" + count, at));
        item.add(scalar(ActionItemSchema.TITLE, title, at));
        owner.ifPresent(o -> item.add(scalar(ActionItemSchema.OWNER, o.replaceFirst("^@", ""), at)));
        due.ifPresent(d -> LooseDates.parse(d, dayFirst).ifPresentOrElse(date -> item.add(scalar(ActionItemSchema.DUE, date.toString(), at)),
                () -> diagnostics.warning("postmortem.action-due", at, "Due date '" + d + "' of action item '" + title + "' is not a date,"
                        + " and is left out.", "Write it as " + LooseDates.FORMS + ".")));
        status.ifPresent(s -> item.add(scalar(ActionItemSchema.STATUS, s, at)));
        fields.add(ActionItemSchema.ITEMS, new YamlMap(item, at));
    }

    /** A status as teams write it, as the model's: done, in-progress, wont-do or open. */
    private static String status(String written) {
        String s = written.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (List.of("done", "closed", "complete", "completed", "fixed", "resolved", "yes", "x").contains(s)) {
            return "done";
        }
        if (List.of("inprogress", "started", "doing", "wip").contains(s)) {
            return "in-progress";
        }
        return List.of("wontdo", "wontfix", "cancelled", "canceled", "dropped").contains(s) ? "wont-do" : "open";
    }

    private Optional<String> cell(List<Node> row, int column) {
        return column < 0 || column >= row.size() ? Optional.empty()
                : Optional.of(InlineText.of(row.get(column), document).spoken().strip()).filter(s -> !s.isEmpty());
    }

    private static YamlMap.Entry scalar(FieldKey<?> key, String value, SourcePosition at) {
        return new YamlMap.Entry(key.name(), at, new YamlScalar(value, false, at));
    }
}
