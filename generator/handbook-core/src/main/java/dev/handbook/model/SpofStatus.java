package dev.handbook.model;

/** Whether a single point of failure is still a risk. */
public enum SpofStatus implements WireValue {
    OPEN, MITIGATED, ACCEPTED_RISK
}
