package dev.handbook.freshness;

import dev.handbook.model.EntryId;
import java.time.LocalDate;
import java.time.Period;

/**
 * The review state of one runbook or ADR.
 *
 * @param lastReviewed null when never reviewed (runbooks) or not applicable (ADRs)
 * @param every the review interval; null for ADRs, which have a fixed date
 * @param due when the next review is due; null when never reviewed
 * @param daysLeft days from the as-of date to {@code due}: negative when past, 0 when due that day
 */
public record ReviewStatus(EntryId id, ReviewState state, LocalDate lastReviewed, Period every, LocalDate due, long daysLeft) {}
