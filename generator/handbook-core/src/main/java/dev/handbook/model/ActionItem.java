package dev.handbook.model;

import dev.handbook.diagnostics.SourcePosition;
import java.time.LocalDate;

/**
 * A follow-up from a postmortem, drill or chaos experiment.
 *
 * @param owner empty when unassigned
 * @param due null when no due date was set
 */
public record ActionItem(String id, String title, String owner, LocalDate due, ActionStatus status, SourcePosition where) {

    public boolean isOpen() {
        return status == ActionStatus.OPEN || status == ActionStatus.IN_PROGRESS;
    }
}
