package dev.handbook.render;

import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseState;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.Derived;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * Backups taken against restores verified, for each SPOF or service that must have both: the home page's table, the
 * SPOF matrix's columns and the SPOF page's summary. A view for templates.
 */
public final class BackupRows {

    /**
     * One target's two requirements.
     *
     * @param required whether either is required (a page shows the pair only then)
     * @param unverified whether the backups are fresh but no current restore verifies them: the case a glance must catch
     */
    public record Row(LinkView target, ExerciseView taken, ExerciseView verified, boolean required, boolean unverified) {}

    private BackupRows() {}

    /** The row of {@code id}; null when it is not tracked. Its parts are there even when not required. */
    static Row of(EntryId id, RenderInput input, PageLinks links) {
        ExerciseStatus taken = input.freshness().exercise(id, ExerciseKind.BACKUP);
        ExerciseStatus verified = input.freshness().exercise(id, ExerciseKind.RESTORE);
        if (taken == null || verified == null) {
            return null;
        }
        boolean required = taken.state() != ExerciseState.NOT_REQUIRED || verified.state() != ExerciseState.NOT_REQUIRED;
        boolean unverified = taken.state() == ExerciseState.CURRENT && verified.state() != ExerciseState.CURRENT;
        return new Row(links.to(id), ExerciseView.of(taken, links), ExerciseView.of(verified, links), required, unverified);
    }

    /** The rows of every tracked SPOF and service where backups are required, SPOFs first, by id, linked from {@code path}. */
    static List<Row> required(RenderInput input, String path) {
        return input.ask(new Required(path));
    }

    /** Compared whole: the page that shows them changes only when a row does, not with every record. */
    record Required(String path) implements Derived<List<Row>> {
        public List<Row> derive(RenderInput input) {
            return input.catalog().ids().stream().map(id -> input.ask(new RowOf(id, path)))
                    .filter(row -> row != null && row.required()).toList();
        }
    }

    /** The row of one record, linked from {@code path}; null when it is not tracked or gone. */
    record RowOf(EntryId id, String path) implements Derived<Row> {
        public Row derive(RenderInput input) {
            return input.catalog().find(id).isEmpty() ? null : of(id, input, new PageLinks(input, path));
        }
    }
}
