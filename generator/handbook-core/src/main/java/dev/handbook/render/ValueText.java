package dev.handbook.render;

import dev.handbook.render.input.EntrySummary;
import dev.handbook.model.Formats;
import dev.handbook.freshness.ExerciseState;
import dev.handbook.model.FlagCategory;
import dev.handbook.freshness.ReviewState;
import dev.handbook.model.ActionStatus;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.DrillOutcome;
import dev.handbook.model.IncidentSeverity;
import dev.handbook.model.SpofStatus;
import dev.handbook.model.WireValue;

/**
 * How views put states into words and badge tones, the same on every page: {@code due soon}, {@code bad}. Stateless.
 */
public final class ValueText {

    public static final ValueText INSTANCE = new ValueText();

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
        if (value instanceof ReviewState state) {
            return state == ReviewState.FRESH ? "good" : state == ReviewState.DUE_SOON ? "warn" : "bad";
        }
        if (value instanceof ExerciseState state) {
            return state == ExerciseState.CURRENT ? "good" : state == ExerciseState.NOT_REQUIRED ? "muted" : state == ExerciseState.FIRST_DUE ? "warn" : "bad";
        }
        if (value instanceof FlagCategory category) {
            return category == FlagCategory.DUE_SOON || category == FlagCategory.ACTION_ITEMS ? "warn" : "bad";
        }
        if (value instanceof ActionStatus status) {
            return status == ActionStatus.DONE ? "good" : status == ActionStatus.WONT_DO ? "muted" : "warn";
        }
        return "";
    }

    /** A plain-words label for a state, e.g. {@code due soon} for {@code due-soon}. */
    public String words(WireValue value) {
        return value.wire().replace('-', ' ');
    }

    /** When an exercise last happened: its time to the minute when known, else its date; empty when never. */
    public String when(dev.handbook.freshness.ExerciseStatus status) {
        return status.lastTime() != null ? Formats.time(status.lastTime()) : status.lastDate() == null ? "" : status.lastDate().toString();
    }

    /** How old the last exercise is: {@code today}, {@code 1 day}, {@code 40 days}; empty when never. */
    public String age(dev.handbook.freshness.ExerciseStatus status) {
        if (status.lastDate() == null) {
            return "";
        }
        return status.ageDays() == 0 ? "today" : status.ageDays() + (status.ageDays() == 1 ? " day" : " days");
    }

    /** An exercise's state in one word: current, overdue, never, or not required. */
    public String state(dev.handbook.freshness.ExerciseStatus status) {
        return status.state() == dev.handbook.freshness.ExerciseState.NEVER_EXERCISED ? "never" : words(status.state());
    }
}
