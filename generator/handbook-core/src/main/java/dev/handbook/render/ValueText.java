package dev.handbook.render;

import dev.handbook.model.ActionStatus;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.DrillOutcome;
import dev.handbook.model.IncidentSeverity;
import dev.handbook.model.SpofStatus;
import dev.handbook.model.WireValue;
import java.time.Duration;
import java.time.Period;

/**
 * How templates print values, as {@code fmt}: {@code ${fmt.duration(entry.rtoTarget)}}, {@code ${fmt.wire(entry.status)}}.
 * Stateless.
 */
public final class ValueText {

    public static final ValueText INSTANCE = new ValueText();

    /** An enum value as written in content, e.g. {@code accepted-risk}. */
    public String wire(WireValue value) {
        return value.wire();
    }

    /** The badge tone of a status value ({@code good}, {@code warn}, {@code bad}, {@code muted}), as everywhere else. */
    public String tone(WireValue value) {
        if (value instanceof AdrStatus status) {
            return EntrySummary.tone(status);
        }
        if (value instanceof SpofStatus status) {
            return EntrySummary.tone(status);
        }
        if (value instanceof DrillOutcome outcome) {
            return EntrySummary.tone(outcome);
        }
        if (value instanceof ChaosResult result) {
            return EntrySummary.tone(result);
        }
        if (value instanceof IncidentSeverity severity) {
            return EntrySummary.tone(severity);
        }
        if (value instanceof ActionStatus status) {
            return status == ActionStatus.DONE ? "good" : status == ActionStatus.WONT_DO ? "muted" : "warn";
        }
        return "";
    }

    public String duration(Duration duration) {
        return Formats.duration(duration);
    }

    public String period(Period period) {
        return Formats.period(period);
    }
}
