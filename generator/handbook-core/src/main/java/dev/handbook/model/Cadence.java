package dev.handbook.model;

import java.time.Period;

/**
 * How often a SPOF or service must be exercised. A null part falls back to the service's or the site's value;
 * {@link Period#ZERO} means the exercise is not required.
 *
 * @param backup how often a backup must be taken (pgBackRest, Velero or a backup record)
 * @param restore how often a restore from backup must be verified (a completed restore, a passed backup-restore drill,
 *     or a passing snippet that {@code proves: restore})
 */
public record Cadence(Period drill, Period chaos, Period backup, Period restore) {

    public static final Cadence NONE = new Cadence(null, null, null, null);

    /** This cadence, with each unset part taken from {@code fallback}. */
    public Cadence orElse(Cadence fallback) {
        return new Cadence(
                drill != null ? drill : fallback.drill,
                chaos != null ? chaos : fallback.chaos,
                backup != null ? backup : fallback.backup,
                restore != null ? restore : fallback.restore);
    }

    public boolean isSet() {
        return drill != null || chaos != null || backup != null || restore != null;
    }

    /** Whether backups are asked for here: a backup or restore part that is set and not {@code none}. */
    public boolean asksForBackups() {
        return (backup != null && !backup.isZero()) || (restore != null && !restore.isZero());
    }
}
