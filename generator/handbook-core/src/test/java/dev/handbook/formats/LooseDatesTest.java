package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LooseDatesTest {

    @Test
    void unambiguousNumericDatesIgnoreTheCollectionOrder() {
        assertThat(LooseDates.parse("25/12/2020", false)).contains(LocalDate.of(2020, 12, 25));
        assertThat(LooseDates.parse("12/25/2020", true)).contains(LocalDate.of(2020, 12, 25));
        assertThat(LooseDates.parse("05.06.21", true)).contains(LocalDate.of(2021, 6, 5));
    }

    @Test
    void namedMonthsAndOrdinals() {
        assertThat(LooseDates.parse("March 4th, 2021", false)).contains(LocalDate.of(2021, 3, 4));
        assertThat(LooseDates.parse("4 Mar 2021", false)).contains(LocalDate.of(2021, 3, 4));
    }

    @Test
    void noSuchDayIsNoDate() {
        assertThat(LooseDates.parse("31/02/2021", true)).isEmpty();
        assertThat(LooseDates.parse("30 February 2021", false)).isEmpty();
        assertThat(LooseDates.parse("2021-13-01", false)).isEmpty();
        assertThat(LooseDates.parse("soon", false)).isEmpty();
    }
}
