package dev.handbook.model;

/** Incident severity, SEV1 the worst. */
public enum IncidentSeverity implements WireValue {
    SEV1,
    SEV2,
    SEV3,
    SEV4;

    @Override
    public String wire() {
        return name();
    }
}
