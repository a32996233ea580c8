package dev.handbook.freshness;

import dev.handbook.model.ActionItem;
import dev.handbook.model.EntryId;

/**
 * An open action item and whether it is late.
 *
 * @param daysLeft days from the as-of date to its due date (negative when overdue); 0 without a due date
 */
public record ActionItemStatus(EntryId source, ActionItem item, boolean overdue, long daysLeft) {}
