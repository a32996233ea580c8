package dev.handbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Times as chaos and backup tools write them. */
class EvidenceTimesTest {

    @Test
    void offsetsWithAndWithoutAColonAreTheSameInstant() {
        assertThat(EvidenceTimes.parse("2026-11-20T00:20:05.120000+01:00")).contains(Instant.parse("2026-11-19T23:20:05.120Z"));
        assertThat(EvidenceTimes.parse("2026-11-20T00:20:05+0100")).contains(Instant.parse("2026-11-19T23:20:05Z"));
        assertThat(EvidenceTimes.parse("2026-11-19T18:20:05-05:00")).contains(Instant.parse("2026-11-19T23:20:05Z"));
    }

    @Test
    void naiveTimesAreUtcAsChaosToolkitWritesThem() {
        assertThat(EvidenceTimes.parse("2026-11-18T13:30:05.412877")).contains(Instant.parse("2026-11-18T13:30:05.412877Z"));
        assertThat(EvidenceTimes.parse("2026-11-18 13:30:05")).contains(Instant.parse("2026-11-18T13:30:05Z"));
    }

    @Test
    void recordsHoldTheUtcSecondAndTheUtcDay() {
        Instant late = Instant.parse("2026-11-19T23:59:59.900Z");
        assertThat(EvidenceTimes.text(late)).isEqualTo("2026-11-19T23:59:59Z");
        assertThat(EvidenceTimes.day(late)).isEqualTo("2026-11-19");
    }

    @Test
    void aTimeWithoutADateIsAnErrorThatShowsTheFormsRead() {
        Diagnostics diagnostics = new Diagnostics();

        assertThat(EvidenceTimes.parse("13:30:05", "start", SourcePosition.of("journal.json", 3, 12), diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().asString().isEqualTo("journal.json:3:12: error: `start` is '13:30:05', which is not a"
                + " date and time. Write it as the tool does: `2026-11-18T13:30:05Z`, with an offset (`+01:00`), or as epoch seconds. [evidence.time]");
    }
}
