package dev.handbook.parse;

import dev.handbook.model.ActionItem;
import dev.handbook.model.ActionStatus;
import dev.handbook.model.Cadence;
import dev.handbook.model.EntryMeta;
import dev.handbook.schema.ActionItemSchema;
import dev.handbook.schema.CadenceSchema;
import dev.handbook.schema.Fields;
import java.nio.file.Path;
import java.util.List;

/** The parts several kinds share: action items, cadences, and files named relative to the record. */
final class RecordParts {

    private RecordParts() {}

    static List<ActionItem> actionItems(Fields f) {
        return f.get(ActionItemSchema.ITEMS).stream()
                .map(a -> new ActionItem(
                        a.get(ActionItemSchema.ID, ""),
                        a.get(ActionItemSchema.TITLE, ""),
                        a.get(ActionItemSchema.OWNER, ""),
                        a.get(ActionItemSchema.DUE),
                        a.get(ActionItemSchema.STATUS, ActionStatus.OPEN),
                        a.where()))
                .toList();
    }

    static Cadence cadence(Fields f) {
        return new Cadence(f.get(CadenceSchema.DRILL), f.get(CadenceSchema.CHAOS), f.get(CadenceSchema.BACKUP), f.get(CadenceSchema.RESTORE));
    }

    /**
     * A file as a display path: written relative to the record's own file, as a body's links are; null when none
     * was written, as the record keeps it.
     */
    static String besideRecord(EntryMeta meta, String written) {
        if (written == null) {
            return null;
        }
        Path own = Path.of(meta.sourcePath());
        Path file = own.getParent() == null ? Path.of(written) : own.getParent().resolve(written);
        return file.normalize().toString().replace('\\', '/');
    }
}
