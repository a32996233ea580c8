package dev.handbook.freshness;

import dev.handbook.model.WireValue;

/** Whether a SPOF or service has been exercised recently enough. */
public enum ExerciseState implements WireValue {
    CURRENT,
    /** Never exercised, but identified ({@code since}) less than one cadence period ago: its first one is not late yet. */
    FIRST_DUE,
    OVERDUE,
    NEVER_EXERCISED,
    NOT_REQUIRED;
}
