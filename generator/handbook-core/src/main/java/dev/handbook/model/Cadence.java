package dev.handbook.model;

import java.time.Period;

/**
 * How often a SPOF or service must be exercised. A null part falls back to the service's or the site's value;
 * {@link Period#ZERO} means the exercise is not required.
 */
public record Cadence(Period drill, Period chaos, Period backup) {

    public static final Cadence NONE = new Cadence(null, null, null);

    /** This cadence, with each unset part taken from {@code fallback}. */
    public Cadence orElse(Cadence fallback) {
        return new Cadence(
                drill != null ? drill : fallback.drill,
                chaos != null ? chaos : fallback.chaos,
                backup != null ? backup : fallback.backup);
    }

    public boolean isSet() {
        return drill != null || chaos != null || backup != null;
    }
}
