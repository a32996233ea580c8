package dev.handbook.render;

import dev.handbook.model.Formats;
import dev.handbook.model.Reference;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Plain values as views hold them: absent values become empty strings, references become links. Stateless. */
final class ViewValues {

    private ViewValues() {}

    /** A value's printed form ({@code 2026-10-02} for a date), or empty when it is null. */
    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String duration(Duration duration) {
        return Formats.duration(duration);
    }

    static String time(Instant time) {
        return time == null ? "" : Formats.time(time);
    }

    /** The links of the references that resolve to a record. */
    static List<LinkView> links(List<Reference> refs, PageLinks links) {
        return links.refs(refs);
    }
}
