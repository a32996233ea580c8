package dev.handbook.freshness;

import dev.handbook.model.WireValue;

/** The exercises a SPOF or service must have on a cadence. */
public enum ExerciseKind implements WireValue {
    /** A drill of kind dr-drill or game-day. */
    DRILL("DR drill", "DR drill due"),
    /** A chaos experiment that ran (held or broken; aborted does not count). */
    CHAOS("chaos experiment", "Chaos experiment due"),
    /** A completed backup in a backup record (pgBackRest, Velero): proves a backup exists, not that it restores. */
    BACKUP("backup taken", "Backup due"),
    /** A backup-restore drill that did not fail (a completed Velero Restore), or a passing {@code proves: restore} snippet. */
    RESTORE("restore verified", "Restore verification due");

    private final String label;
    private final String dueTitle;

    ExerciseKind(String label, String dueTitle) {
        this.label = label;
        this.dueTitle = dueTitle;
    }

    /** How a calendar event names the next one: {@code Backup due}. */
    public String dueTitle() {
        return dueTitle;
    }

    public String label() {
        return label;
    }
}
