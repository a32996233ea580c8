package dev.handbook.freshness;

import dev.handbook.model.FlagCategory;
import dev.handbook.model.Formats;
import dev.handbook.catalog.Catalog;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import java.util.List;

/** Turns states that need attention into {@link Flag}s with a message that says what to do. */
final class FlagWriter {

    private final Catalog catalog;
    private final List<Flag> flags;

    FlagWriter(Catalog catalog, List<Flag> flags) {
        this.catalog = catalog;
        this.flags = flags;
    }

    void review(ReviewStatus status) {
        Entry entry = catalog.get(status.id());
        boolean adr = entry.id().kind() == EntryKind.ADR;
        switch (status.state()) {
            case NEVER_REVIEWED:
                add(FlagCategory.STALE, entry, status.state().wire(), null, 0,
                        "Never reviewed: check it against reality, then set `last_reviewed`.");
                break;
            case STALE:
                add(FlagCategory.STALE, entry, status.state().wire(), status.due(), status.daysLeft(),
                        (adr ? "Decision review" : "Review") + " overdue by " + days(-status.daysLeft()) + " (due " + status.due() + ")"
                                + (adr ? "; revisit it and update `review_by`." : ", last reviewed " + status.lastReviewed() + "."));
                break;
            case DUE_SOON:
                add(FlagCategory.DUE_SOON, entry, status.state().wire(), status.due(), status.daysLeft(),
                        (adr ? "Decision review" : "Review") + " due " + (status.daysLeft() == 0 ? "today" : "in " + days(status.daysLeft()))
                                + " (" + status.due() + ").");
                break;
            default:
                break;
        }
    }

    void exercise(ExerciseStatus status) {
        Entry entry = catalog.get(status.target());
        String every = status.every() == null ? "" : " (every " + Formats.period(status.every()) + ")";
        if (status.state() == ExerciseState.NEVER_EXERCISED) {
            add(FlagCategory.OVERDUE, entry, status.state().wire(), status.due(), status.daysLeft(),
                    "No " + status.kind().label() + " on record" + every + (status.due() == null ? "" : ", the first was due " + status.due())
                            + ": schedule one and record it.");
        } else if (status.state() == ExerciseState.OVERDUE) {
            add(FlagCategory.OVERDUE, entry, status.state().wire(), status.due(), status.daysLeft(),
                    capitalised(status.kind().label()) + " overdue by " + days(-status.daysLeft()) + every + "; the last was on " + (status.lastTime() != null ? Formats.time(status.lastTime()) : status.lastDate()) + ".");
        }
    }

    void actionItem(ActionItemStatus status) {
        if (status.overdue()) {
            Entry source = catalog.get(status.source());
            flags.add(new Flag(FlagCategory.ACTION_ITEMS, source.id(), source.title(),
                    status.item().owner(), source.meta().sourcePath(), "overdue", status.item().due(), status.daysLeft(),
                    "Action item " + status.item().id() + " \"" + status.item().title() + "\" overdue by " + days(-status.daysLeft()) + "."));
        }
    }

    private void add(FlagCategory category, Entry entry, String state, java.time.LocalDate due, long daysLeft, String message) {
        flags.add(new Flag(category, entry.id(), entry.title(), entry.meta().owner(), entry.meta().sourcePath(), state, due, daysLeft, message));
    }

    static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
