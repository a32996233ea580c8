package dev.handbook.freshness;

import dev.handbook.model.EntryId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * One exercise cadence of a SPOF or service and where it stands.
 *
 * @param every the cadence; null when not required
 * @param last the newest record that counts, or null
 * @param lastTime when it happened, when known to the second (tools' evidence, snippets); else null
 * @param due when the next one is due: a period after the last one, or after {@code since} when never exercised; null
 *     when never exercised with no {@code since}, or not required
 * @param daysLeft days from the as-of date to {@code due}, negative when overdue; 0 when {@code due} is null
 * @param ageDays days from {@code lastDate} to the as-of date; 0 when there is none
 */
public record ExerciseStatus(
        EntryId target, ExerciseKind kind, ExerciseState state, Period every, EntryId last, LocalDate lastDate, Instant lastTime,
        LocalDate due, long daysLeft, long ageDays) {}
