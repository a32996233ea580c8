package dev.handbook.schema;

import dev.handbook.model.ActionStatus;
import java.time.LocalDate;
import java.util.List;

/** The fields of an action item, and the {@code action_items} field of the kinds that have them. */
public final class ActionItemSchema {

    private ActionItemSchema() {}

    public static final FieldKey<String> ID = FieldKey.string("id", "Unique within its record, e.g. `PM-2026-06-1`.").required();
    public static final FieldKey<String> TITLE = FieldKey.string("title", "What will be done.").required();
    public static final FieldKey<String> OWNER = FieldKey.string("owner", "Who does it. An open item without one is a warning.");
    public static final FieldKey<LocalDate> DUE = FieldKey.date("due", "When it is due. An open item without one is a warning.");
    public static final FieldKey<ActionStatus> STATUS = FieldKey.oneOf("status", ActionStatus.class, "Defaults to `open`.");

    public static final RecordSchema RECORD =
            RecordSchema.of("action item", "A follow-up with an owner and a due date.", ID, TITLE, OWNER, DUE, STATUS);

    /** A postmortem's, drill's or chaos experiment's follow-ups. */
    public static final FieldKey<List<Fields>> ITEMS = FieldKey.objects("action_items", RECORD, "Follow-ups.");
}
