package dev.handbook.model;

import java.time.Period;

/** How often a SPOF or service must be exercised; a null part falls back to the site default. */
public record Cadence(Period drill, Period chaos, Period backup) {

    public static final Cadence NONE = new Cadence(null, null, null);
}
