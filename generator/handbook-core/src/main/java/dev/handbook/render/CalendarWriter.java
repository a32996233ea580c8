package dev.handbook.render;

import dev.handbook.render.input.RenderInput;
import dev.handbook.freshness.ActionItemStatus;
import dev.handbook.freshness.ExerciseState;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.render.input.Derived;
import dev.handbook.render.input.FreshnessReads;
import dev.handbook.freshness.ReviewStatus;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes {@code schedule.ics}: an all-day event for every upcoming review, exercise and action item, so a team can
 * subscribe to the handbook's deadlines. Anything already late or never done is placed on the as-of date. UIDs are
 * stable and DTSTAMP is the as-of date, so the file is deterministic.
 */
public final class CalendarWriter {

    public static final String PATH = PagePaths.CALENDAR;

    /** One event before it becomes iCalendar. */
    /** @param url the record's page under {@code base_url}; empty without one */
    public record Event(LocalDate date, String uid, String summary, String description, String url) {}

    /** Written out rather than composed with {@code Comparator.comparing}: a rebuild sorts 10,000 events. */
    private static final Comparator<Event> BY_DATE_AND_UID = (a, b) -> {
        int byDate = a.date().compareTo(b.date());
        return byDate != 0 ? byDate : a.uid().compareTo(b.uid());
    };

    public Page write(RenderInput input) {
        List<Event> events = events(input);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//handbook//schedule//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        DtStamp stamp = new DtStamp(input.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
        for (Event e : events) {
            VEvent event = new VEvent(e.date(), e.summary());
            event.replace(stamp);
            event.add(new Uid(e.uid()));
            event.add(new Description(e.description()));
            if (!e.url().isEmpty()) {
                event.add(new Url(java.net.URI.create(e.url())));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Page.html(PATH, out.toString());
    }

    /** The events, sorted by date and UID; equal lists give the same file, so the file is rewritten only when they change. */
    private static List<Event> events(RenderInput input) {
        return input.ask(new Events());
    }

    /** Every record's events, sorted; each record's worked out by {@link EventsOf}, so an edit works out one record's again. */
    record Events() implements Derived<List<Event>> {
        public List<Event> derive(RenderInput input) {
            List<Event> events = new ArrayList<>();
            for (EntryId id : input.catalog().ids()) {
                events.addAll(input.ask(new EventsOf(id)));
            }
            events.sort(BY_DATE_AND_UID);
            return events;
        }
    }

    /** The events of one record: its review, its exercises, its action items; none once it is gone. */
    record EventsOf(EntryId id) implements Derived<List<Event>> {
        public List<Event> derive(RenderInput input) {
            String baseUrl = input.config().baseUrl();
            String url = baseUrl.isEmpty() ? "" : baseUrl + PagePaths.entry(id);
            return input.catalog().find(id).map(entry -> eventsOf(entry, input.freshness(), input.asOf())).orElse(List.of()).stream()
                    .map(e -> new Event(e.date(), e.uid(), e.summary(), e.description(), url)).toList();
        }
    }

    private static List<Event> eventsOf(Entry entry, FreshnessReads report, LocalDate asOf) {
        List<Event> events = new ArrayList<>();
        ReviewStatus review = report.review(entry.id());
        if (review != null) {
            String what = review.id().kind() == EntryKind.ADR ? "Revisit decision" : "Review runbook";
            events.add(new Event(atLeast(review.due(), asOf), uid(review.id(), "review"), what + ": " + entry.title(),
                    describe(entry, review.lastReviewed() == null ? "Never reviewed." : "Last reviewed " + review.lastReviewed() + "."), ""));
        }
        for (ExerciseStatus exercise : report.exercises(entry.id())) {
            if (exercise.state() != ExerciseState.NOT_REQUIRED) {
                String last = exercise.lastDate() == null ? "Never done." : "Last on " + exercise.lastDate() + ".";
                events.add(new Event(atLeast(exercise.due(), asOf), uid(exercise.target(), exercise.kind().wire()),
                        exercise.kind().dueTitle() + ": " + entry.title(), describe(entry, last), ""));
            }
        }
        for (ActionItemStatus action : report.actionItems(entry.id())) {
            if (action.item().due() != null) {
                events.add(new Event(atLeast(action.item().due(), asOf), uid(action.source(), "action-" + action.item().id()),
                        "Action item due: " + action.item().title(),
                        describe(entry, action.item().id() + (action.item().owner().isEmpty() ? "" : ", owner " + action.item().owner()) + "."), ""));
            }
        }
        return events;
    }

    /** An overdue event stays on its due date, so a calendar shows when it fell due; only an undated one is today. */
    private static LocalDate atLeast(LocalDate due, LocalDate asOf) {
        return due == null ? asOf : due;
    }

    private static String uid(EntryId id, String what) {
        return id.kind().key() + "-" + id.name() + "-" + what + "@handbook";
    }

    private static String describe(Entry entry, String detail) {
        return detail + " Page: " + PagePaths.entry(entry.id()) + " (owner: " + (entry.meta().owner().isEmpty() ? "none" : entry.meta().owner()) + ").";
    }
}
