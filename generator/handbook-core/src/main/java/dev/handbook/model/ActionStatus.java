package dev.handbook.model;

/** The state of an action item. */
public enum ActionStatus implements WireValue {
    OPEN, IN_PROGRESS, DONE, WONT_DO
}
