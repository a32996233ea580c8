package dev.handbook.model;

import java.time.Duration;
import java.time.Period;

/** How durations and periods read on pages: {@code 1h 30m}, {@code 90 days}. */
public final class Formats {

    private Formats() {}

    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        if (d.isZero()) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        append(out, d.toDaysPart(), "d");
        append(out, d.toHoursPart(), "h");
        append(out, d.toMinutesPart(), "m");
        append(out, d.toSecondsPart(), "s");
        return out.toString();
    }

    public static String period(Period p) {
        if (p == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        appendWord(out, p.getYears(), "year");
        appendWord(out, p.getMonths(), "month");
        appendWord(out, p.getDays(), "day");
        return out.length() == 0 ? "0 days" : out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit) {
        if (amount > 0) {
            out.append(out.length() == 0 ? "" : " ").append(amount).append(unit);
        }
    }

    private static void appendWord(StringBuilder out, int amount, String unit) {
        if (amount > 0) {
            out.append(out.length() == 0 ? "" : " ").append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        }
    }
}
