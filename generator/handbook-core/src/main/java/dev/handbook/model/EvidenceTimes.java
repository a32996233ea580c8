package dev.handbook.model;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times as tools write them, read to instants: RFC 3339 with {@code Z} or an offset (Kubernetes, Velero, Litmus),
 * naive ISO date-times, which Chaos Toolkit writes in UTC ({@code 2026-11-18T13:30:05.123456}), and epoch seconds
 * (pgBackRest). Records hold them as {@link #text(Instant) UTC text}, and their {@code date} is the UTC day.
 */
public final class EvidenceTimes {

    private static final Pattern EPOCH = Pattern.compile("\\d{9,11}(\\.\\d+)?");

    private EvidenceTimes() {}

    /** The instant {@code written} names; empty when it is no time of these forms. */
    public static Optional<Instant> parse(String written) {
        String text = written.strip();
        try {
            if (EPOCH.matcher(text).matches()) {
                return Optional.of(Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000)));
            }
            if (text.endsWith("Z") || text.endsWith("z") || text.matches(".*T.*[+-]\\d\\d:?\\d\\d$")) {
                return Optional.of(OffsetDateTime.parse(text.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2").replace(' ', 'T').toUpperCase(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            }
            return Optional.of(LocalDateTime.parse(text.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@link #parse} or an {@code evidence.time} error at {@code at} that shows the forms read. */
    public static Optional<Instant> parse(String written, String field, SourcePosition at, Diagnostics diagnostics) {
        Optional<Instant> time = parse(written);
        if (time.isEmpty()) {
            diagnostics.error("evidence.time", at, "`" + field + "` is '" + written + "', which is not a date and time.",
                    "Write it as the tool does: `2026-11-18T13:30:05Z`, with an offset (`+01:00`), or as epoch seconds.");
        }
        return time;
    }

    /** How records hold an instant: {@code 2026-11-18T13:30:05Z}, to the second. */
    public static String text(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** The UTC day of {@code time}, as a record's {@code date}. */
    public static String day(Instant time) {
        return time.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
