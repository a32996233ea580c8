package dev.handbook.freshness;

import dev.handbook.model.WireValue;

/** The exercises a SPOF or service must have on a cadence. */
public enum ExerciseKind implements WireValue {
    /** A drill of kind dr-drill or game-day. */
    DRILL("DR drill"),
    /** A chaos experiment that ran (held or broken; aborted does not count). */
    CHAOS("chaos experiment"),
    /** A completed backup in a backup record (pgBackRest, Velero): proves a backup exists, not that it restores. */
    BACKUP("backup taken"),
    /** A backup-restore drill that did not fail (a completed Velero Restore), or a passing {@code proves: restore} snippet. */
    RESTORE("restore verified");

    private final String label;

    ExerciseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
