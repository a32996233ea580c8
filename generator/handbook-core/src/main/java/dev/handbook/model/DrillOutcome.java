package dev.handbook.model;

/** How a drill went. */
public enum DrillOutcome implements WireValue {
    PASS, PARTIAL, FAIL
}
