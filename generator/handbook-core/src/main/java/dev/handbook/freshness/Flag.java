package dev.handbook.freshness;

import dev.handbook.model.EntryId;
import dev.handbook.model.FlagCategory;
import java.time.LocalDate;

/**
 * One thing that needs attention, ready to show: what, whose, and how late.
 *
 * @param subject the record the flag is on
 * @param owner who should act; empty when unknown
 * @param sourcePath the file to edit
 * @param state the state word, e.g. {@code stale}, {@code overdue}, {@code never-exercised}
 * @param due the date it was or is due; null when it never happened
 * @param daysLeft days until {@code due}: negative when late
 * @param message one sentence saying what is wrong and what to do
 */
public record Flag(
        FlagCategory category,
        EntryId subject,
        String title,
        String owner,
        String sourcePath,
        String state,
        LocalDate due,
        long daysLeft,
        String message) {

    /** Whether the flag fails builds whose policy names its category. */
    public boolean failsUnder(java.util.Set<FlagCategory> failOn) {
        return category != FlagCategory.DUE_SOON && failOn.contains(category);
    }
}
