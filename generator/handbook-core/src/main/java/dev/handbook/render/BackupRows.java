package dev.handbook.render;

import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.CatalogReads;
import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseState;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.render.input.FreshnessReads;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import java.util.List;
import java.util.Optional;

/**
 * Backups taken against restores verified, for each SPOF or service that must have both: the home page's table, the
 * SPOF matrix's columns and the SPOF page's summary. A view for templates.
 */
public final class BackupRows {

    /**
     * One target's two requirements.
     *
     * @param taken the state of "backup taken"; {@code takenBy} the record that proves it, when there is one
     * @param verified the state of "restore verified"; {@code verifiedBy} the record that proves it
     */
    public record Row(LinkView target, ExerciseStatus taken, Optional<LinkView> takenBy, ExerciseStatus verified, Optional<LinkView> verifiedBy) {
        /** Whether the backups are fresh but no current restore verifies them: the case a glance must catch. */
        public boolean unverified() {
            return taken.state() == ExerciseState.CURRENT && verified.state() != ExerciseState.CURRENT;
        }
    }

    private BackupRows() {}

    /** The row of {@code id}, if it is tracked; its parts are there even when not required. */
    public static Optional<Row> of(EntryId id, FreshnessReads freshness, PageLinks links) {
        ExerciseStatus taken = freshness.exercise(id, ExerciseKind.BACKUP);
        ExerciseStatus verified = freshness.exercise(id, ExerciseKind.RESTORE);
        if (taken == null || verified == null) {
            return Optional.empty();
        }
        return Optional.of(new Row(links.to(id), taken, Optional.ofNullable(taken.last()).map(links::to), verified,
                Optional.ofNullable(verified.last()).map(links::to)));
    }

    /** The rows of every tracked SPOF and service where backups are required, SPOFs first, by id. */
    public static List<Row> required(CatalogReads catalog, FreshnessReads freshness, PageLinks links) {
        return catalog.entries().stream().map(Entry::id).sorted()
                .filter(id -> freshness.exercise(id, ExerciseKind.BACKUP) != null
                        && (freshness.exercise(id, ExerciseKind.BACKUP).state() != ExerciseState.NOT_REQUIRED
                                || freshness.exercise(id, ExerciseKind.RESTORE).state() != ExerciseState.NOT_REQUIRED))
                .map(id -> of(id, freshness, links)).flatMap(Optional::stream).toList();
    }
}
