package dev.handbook.bench;

import dev.handbook.model.EntryKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many records of each kind a synthetic handbook of {@code total} records has: 60% runbooks, 20% ADRs, 10%
 * postmortems, and the last 10% shared evenly by every other kind of {@link EntryKind}, so a kind added to the model
 * appears in the synthetic handbook without a change here.
 */
record Mix(int total, Map<EntryKind, Integer> counts) {

    private static final List<EntryKind> LEADING = List.of(EntryKind.RUNBOOK, EntryKind.ADR, EntryKind.POSTMORTEM);

    Mix {
        counts = Map.copyOf(counts);
    }

    static Mix of(int total) {
        Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);
        int adrs = total * 20 / 100;
        int postmortems = total * 10 / 100;
        int others = total * 10 / 100;
        counts.put(EntryKind.RUNBOOK, total - adrs - postmortems - others);
        counts.put(EntryKind.ADR, adrs);
        counts.put(EntryKind.POSTMORTEM, postmortems);
        List<EntryKind> rest = Arrays.stream(EntryKind.values()).filter(kind -> !LEADING.contains(kind)).toList();
        for (int i = 0; i < rest.size(); i++) {
            counts.put(rest.get(i), others / rest.size() + (i < others % rest.size() ? 1 : 0));
        }
        return new Mix(total, counts);
    }

    int of(EntryKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** "6000 runbooks, 2000 architecture decisions, ...", in the model's order of kinds. */
    String describe() {
        return String.join(", ", Arrays.stream(EntryKind.values())
                .map(kind -> of(kind) + " " + kind.pluralLabel().toLowerCase(Locale.ROOT))
                .toList());
    }
}
