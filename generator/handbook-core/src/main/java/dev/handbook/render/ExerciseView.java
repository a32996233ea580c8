package dev.handbook.render;

import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.model.EntryId;
import dev.handbook.model.Formats;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * One exercise cadence (drill, chaos experiment, backup taken, restore verified) as pages show it: a row of the
 * exercise table, a cell of the SPOF matrix, a backup requirement.
 *
 * @param kind what is exercised, e.g. {@code restore verified}
 * @param every the cadence in words; empty when not required
 * @param last the record that counts as the last one; null when there is none
 * @param dated whether there was a last one ({@code when} and {@code age} are empty otherwise)
 * @param due the next due date; empty when there is none
 * @param words the state in words ({@code never exercised}); {@code state} in one word ({@code never})
 */
public record ExerciseView(
        String kind, String every, LinkView last, boolean dated, String when, String age, String due, String words, String state, String tone) {

    /** The cadences of a SPOF or service, in the freshness stage's order. */
    static List<ExerciseView> all(EntryId id, RenderInput input, PageLinks links) {
        return input.freshness().exercises(id).stream().map(status -> of(status, links)).toList();
    }

    static ExerciseView of(ExerciseStatus status, PageLinks links) {
        ValueText fmt = ValueText.INSTANCE;
        return new ExerciseView(
                status.kind().label(),
                status.every() == null ? "" : Formats.period(status.every()),
                status.last() == null ? null : links.to(status.last()),
                status.lastDate() != null,
                fmt.when(status),
                fmt.age(status),
                status.due() == null ? "" : status.due().toString(),
                fmt.words(status.state()),
                fmt.state(status),
                fmt.tone(status.state()));
    }
}
