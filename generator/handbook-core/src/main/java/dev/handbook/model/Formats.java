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

    /** An instant as pages show evidence times: {@code 2026-12-06 02:47 UTC}. */
    public static String time(java.time.Instant t) {
        return t == null ? "" : TIME.format(t) + " UTC";
    }

    /** An instant to the second, for the steps of a run: {@code 2026-12-06 02:47:13 UTC}. */
    public static String seconds(java.time.Instant t) {
        return t == null ? "" : SECONDS.format(t) + " UTC";
    }

    /** A byte count as written by a tool ({@code 1531175072916}) in binary units: {@code 1.4 TiB}; other text as is. */
    public static String bytes(String written) {
        if (written == null || !written.matches("\\d{1,19}")) {
            return written == null ? "" : written;
        }
        double value = Double.parseDouble(written);
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? written + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);
    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

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
