package dev.handbook.render;

import dev.handbook.freshness.ReviewStatus;
import dev.handbook.model.Formats;

/**
 * Where a runbook's or ADR's review stands.
 *
 * @param words the state in words ({@code due soon}); {@code tone} its badge tone
 * @param due the next due date; empty when never reviewed
 * @param past whether {@code due} has passed
 * @param every the review interval in words; empty for ADRs
 */
public record ReviewView(String words, String tone, String due, boolean past, String every) {

    /** Null when there is no review status. */
    static ReviewView of(ReviewStatus status) {
        if (status == null) {
            return null;
        }
        return new ReviewView(ValueText.INSTANCE.words(status.state()), ValueText.INSTANCE.tone(status.state()),
                ViewValues.text(status.due()), status.daysLeft() < 0, Formats.period(status.every()));
    }
}
