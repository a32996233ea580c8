package dev.handbook.model;

/** Whether a chaos experiment's steady-state hypothesis held. */
public enum ChaosResult implements WireValue {
    HELD, BROKEN, ABORTED
}
