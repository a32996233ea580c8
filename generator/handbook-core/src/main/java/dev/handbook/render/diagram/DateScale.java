package dev.handbook.render.diagram;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal date axis: maps dates to x between {@code left} and {@code right}, with a little room either side so
 * markers at the ends are not cut, and month ticks every 1, 3, 6 or 12+ months so that at most {@code maxTicks} labels
 * show. Labels read {@code Oct} and, at the first tick and every January, {@code Jan 2027}. Immutable.
 */
record DateScale(LocalDate start, LocalDate end, double left, double right, int maxTicks) {

    /** Fixed English names: the JDK's names depend on its locale data (ROOT gives "M10"), and the site is English. */
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** A scale over the given dates (at least one), padded so the extremes sit inside the axis. */
    static DateScale over(List<LocalDate> dates, double left, double right, int maxTicks) {
        LocalDate min = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate max = dates.stream().max(LocalDate::compareTo).orElseThrow();
        long span = ChronoUnit.DAYS.between(min, max);
        long pad = Math.max(10, span / 12);
        return new DateScale(min.minusDays(pad), max.plusDays(pad), left, right, maxTicks);
    }

    double x(LocalDate date) {
        double days = ChronoUnit.DAYS.between(start, end);
        return Svg.round(left + (right - left) * ChronoUnit.DAYS.between(start, date) / days);
    }

    List<AxisTick> ticks() {
        YearMonth first = YearMonth.from(start).plusMonths(start.getDayOfMonth() == 1 ? 0 : 1);
        long months = ChronoUnit.MONTHS.between(first, YearMonth.from(end)) + 1;
        int step = months <= maxTicks ? 1 : months <= 3 * maxTicks ? 3 : months <= 6 * maxTicks ? 6 : 12 * (int) Math.ceil(months / (12.0 * maxTicks));
        if (step > 1) { // start on a calendar boundary of the step (quarters, halves, years)
            while ((first.getMonthValue() - 1) % Math.min(step, 12) != 0) {
                first = first.plusMonths(1);
            }
        }
        List<AxisTick> ticks = new ArrayList<>();
        for (YearMonth m = first; !m.atDay(1).isAfter(end); m = m.plusMonths(step)) {
            boolean major = ticks.isEmpty() || m.getMonthValue() == 1;
            String month = MONTHS.get(m.getMonthValue() - 1);
            String label = step >= 12 ? Integer.toString(m.getYear()) : major ? month + " " + m.getYear() : month;
            ticks.add(new AxisTick(x(m.atDay(1)), label, major));
        }
        return ticks;
    }
}
