package dev.handbook.render;

import dev.handbook.model.Formats;
import java.time.Instant;

/** Plain values as views hold them: absent values become empty strings. Stateless. */
final class ViewValues {

    private ViewValues() {}

    /** A value's printed form ({@code 2026-10-02} for a date), or empty when it is null. */
    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String time(Instant time) {
        return time == null ? "" : Formats.time(time);
    }
}
