package dev.handbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ValueFormatsTest {

    @Test
    void datesAreStrictCalendarDates() {
        assertThat(ValueFormats.date("2028-02-29")).contains(LocalDate.of(2028, 2, 29));
        assertThat(ValueFormats.date("2026-02-29")).isEmpty();
        assertThat(ValueFormats.date("2026-2-3")).isEmpty();
        assertThat(ValueFormats.date("2026-02-03T10:00")).isEmpty();
    }

    @Test
    void periodsAcceptDaysWeeksMonthsYearsAndIso() {
        assertThat(ValueFormats.period("90d")).contains(Period.ofDays(90));
        assertThat(ValueFormats.period("2w")).contains(Period.ofDays(14));
        assertThat(ValueFormats.period("3mo")).contains(Period.ofMonths(3));
        assertThat(ValueFormats.period("1y")).contains(Period.ofYears(1));
        assertThat(ValueFormats.period("P3M")).contains(Period.ofMonths(3));
        assertThat(ValueFormats.period("quarterly")).isEmpty();
        assertThat(ValueFormats.period("3m")).as("m is minutes, not months").isEmpty();
    }

    @Test
    void durationsAcceptUnitsCombinationsZeroAndIso() {
        assertThat(ValueFormats.duration("15m")).contains(Duration.ofMinutes(15));
        assertThat(ValueFormats.duration("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(ValueFormats.duration("1d")).contains(Duration.ofDays(1));
        assertThat(ValueFormats.duration("0")).contains(Duration.ZERO);
        assertThat(ValueFormats.duration("PT4H")).contains(Duration.ofHours(4));
        assertThat(ValueFormats.duration("5 minutes")).isEmpty();
        assertThat(ValueFormats.duration("99999999999999999999d")).isEmpty();
    }

    @Test
    void timesAreClockTimesOrOffsetDateTimes() {
        assertThat(ValueFormats.isTime("09:03")).isTrue();
        assertThat(ValueFormats.isTime("23:59:59")).isTrue();
        assertThat(ValueFormats.isTime("2026-06-14T09:12Z")).isTrue();
        assertThat(ValueFormats.isTime("24:00")).isFalse();
        assertThat(ValueFormats.isTime("9am")).isFalse();
    }
}
