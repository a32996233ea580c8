package dev.handbook.freshness;

import dev.handbook.model.WireValue;

/** Whether a SPOF or service has been exercised recently enough. */
public enum ExerciseState implements WireValue {
    CURRENT,
    OVERDUE,
    NEVER_EXERCISED,
    NOT_REQUIRED;
}
