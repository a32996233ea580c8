package dev.handbook.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the textual value formats of the content model. Each method returns empty for text it does not accept. */
public final class ValueFormats {

    private ValueFormats() {}

    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PERIOD = Pattern.compile("(\\d+)\\s*(d|w|mo|y)");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*(d|h|m|s)");
    private static final Pattern DURATION = Pattern.compile("(?:\\d+\\s*(?:d|h|m|s)\\s*)+");
    private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern ADR_NUMBER = Pattern.compile("(?i)(?:adr[-_ ]?)?0*(\\d{1,6})");

    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text, STRICT_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code 90d}, {@code 12w}, {@code 3mo}, {@code 1y} or ISO-8601 such as {@code P3M}. */
    public static Optional<Period> period(String text) {
        Matcher m = PERIOD.matcher(text);
        if (m.matches()) {
            int n;
            try {
                n = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            switch (m.group(2)) {
                case "d":
                    return Optional.of(Period.ofDays(n));
                case "w":
                    return Optional.of(Period.ofWeeks(n));
                case "mo":
                    return Optional.of(Period.ofMonths(n));
                default:
                    return Optional.of(Period.ofYears(n));
            }
        }
        if (text.startsWith("P")) {
            try {
                return Optional.of(Period.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A cadence: a {@link #period} or {@code none}, which is {@link Period#ZERO}: not required. */
    public static Optional<Period> interval(String text) {
        return text.equals("none") ? Optional.of(Period.ZERO) : period(text);
    }

    /** {@code 30s}, {@code 15m}, {@code 4h}, {@code 1d}, {@code 1h30m}, {@code 0}, or ISO-8601 such as {@code PT15M}. */
    public static Optional<Duration> duration(String text) {
        if (text.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        if (DURATION.matcher(text).matches()) {
            Duration total = Duration.ZERO;
            Matcher part = DURATION_PART.matcher(text);
            try {
                while (part.find()) {
                    long n = Long.parseLong(part.group(1));
                    switch (part.group(2)) {
                        case "d":
                            total = total.plusDays(n);
                            break;
                        case "h":
                            total = total.plusHours(n);
                            break;
                        case "m":
                            total = total.plusMinutes(n);
                            break;
                        default:
                            total = total.plusSeconds(n);
                    }
                }
            } catch (ArithmeticException | NumberFormatException e) {
                return Optional.empty();
            }
            return Optional.of(total);
        }
        if (text.startsWith("P")) {
            try {
                return Optional.of(Duration.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A timeline time: {@code HH:MM[:SS]} or an ISO-8601 date-time with an offset. */
    public static boolean isTime(String text) {
        if (CLOCK.matcher(text).matches()) {
            return true;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /**
     * The ADR number a reference writes instead of an id ({@code ADR-0045}, {@code adr 12}, {@code adr_45}, {@code 0045},
     * {@code 45}), as real collections do while files are named {@code 0045-use-x.md}; empty for anything else.
     */
    public static Optional<Integer> adrNumber(String text) {
        Matcher number = ADR_NUMBER.matcher(text.strip());
        return number.matches() ? Optional.of(Integer.parseInt(number.group(1))) : Optional.empty();
    }

    /** An id as written ({@code RB-0350}) in the form records are matched by ({@code rb-0350}). */
    public static String foldId(String id) {
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
