package dev.handbook.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildResult;
import dev.handbook.TestSites;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schedule.ics parses with a real iCalendar library and holds one correct event per upcoming deadline. */
class CalendarTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    static final Pattern PAGE = Pattern.compile("Page: (\\S+) \\(owner: ([^)]+)\\)\\.$");

    @TempDir Path out;

    @Test
    void everyDeadlineOfTheExampleIsAnEventOnItsDueDate() throws Exception {
        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(TestSites.EXAMPLE, out).withAsOf(AS_OF));
        FreshnessReport report = result.freshness().orElseThrow();

        Calendar calendar;
        try (Reader in = Files.newBufferedReader(out.resolve("schedule.ics"))) {
            calendar = new CalendarBuilder().build(in);
        }
        List<VEvent> events = calendar.getComponents("VEVENT");

        long exercises = report.allExercises().stream().filter(e -> e.state() != ExerciseState.NOT_REQUIRED).count();
        long actions = report.actionItems().stream().filter(a -> a.item().due() != null).count();
        assertThat(events).hasSize(report.reviews().size() + (int) exercises + (int) actions);

        Set<String> uids = new HashSet<>();
        for (VEvent event : events) {
            String uid = event.getProperty(Property.UID).orElseThrow().getValue();
            String summary = event.getProperty(Property.SUMMARY).orElseThrow().getValue();
            String description = event.getProperty(Property.DESCRIPTION).orElseThrow().getValue();
            LocalDate start = LocalDate.parse(event.getProperty(Property.DTSTART).orElseThrow().getValue(),
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE);

            assertThat(uids.add(uid)).as("unique UID %s", uid).isTrue();
            assertThat(uid).endsWith("@handbook");
            assertThat(start).as(summary).isAfterOrEqualTo(AS_OF);
            assertThat(summary).matches("(Review runbook|Revisit decision|DR drill due|Chaos experiment due|Backup due|Restore verification due|Action item due): .+");
            Matcher page = PAGE.matcher(description);
            assertThat(page.find()).as(description).isTrue();
            assertThat(out.resolve(page.group(1))).as("page named in %s", uid).exists();
            assertThat(event.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20261123T000000Z");
        }

        ReviewStatus dnsReview = report.reviews().stream().filter(r -> r.id().name().equals("dns-failover")).findFirst().orElseThrow();
        VEvent dns = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals("runbook-dns-failover-review@handbook"))
                .findFirst().orElseThrow();
        assertThat(dns.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(dnsReview.due().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(dns.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Review runbook: DNS failure");
    }

    @Test
    void anOverdueDeadlineStaysOnItsDueDateInsteadOfMovingToTheBuildDay() throws Exception {
        LocalDate later = LocalDate.parse("2027-06-01"); // half a year on, reviews and exercises of the example are late
        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(TestSites.EXAMPLE, out).withAsOf(later));
        FreshnessReport report = result.freshness().orElseThrow();
        List<LocalDate> overdue = java.util.stream.Stream.of(
                        report.allExercises().stream().filter(e -> e.state() != ExerciseState.NOT_REQUIRED).map(ExerciseStatus::due),
                        report.reviews().stream().map(ReviewStatus::due),
                        report.actionItems().stream().map(a -> a.item().due()))
                .flatMap(d -> d)
                .filter(d -> d != null && d.isBefore(later)).toList();
        assertThat(overdue).isNotEmpty();

        Calendar calendar;
        try (Reader in = Files.newBufferedReader(out.resolve("schedule.ics"))) {
            calendar = new CalendarBuilder().build(in);
        }
        List<LocalDate> starts = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> LocalDate.parse(e.getProperty(Property.DTSTART).orElseThrow().getValue(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
                .toList();
        assertThat(starts).containsAll(overdue);
    }
}
