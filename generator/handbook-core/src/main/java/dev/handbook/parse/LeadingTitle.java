package dev.handbook.parse;

import dev.handbook.model.Markup;
import dev.handbook.model.SourceFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the H1 that opens a Markdown body imported from another tool when it repeats the record's title, which the
 * page shows already. The line is blanked, not removed, so positions in the body stay positions in the file.
 */
final class LeadingTitle {

    private static final Pattern ATX = Pattern.compile(" {0,3}#[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT_RULE = Pattern.compile(" {0,3}=+[ \\t]*");

    private LeadingTitle() {}

    static Markup without(Markup body, String title) {
        if (body == null || title == null || body.format() != SourceFormat.MARKDOWN) {
            return body;
        }
        String[] lines = body.source().split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            return body;
        }
        Matcher atx = ATX.matcher(lines[first]);
        int heading;
        if (atx.matches() && same(atx.group(1), title)) {
            heading = 1;
        } else if (first + 1 < lines.length && SETEXT_RULE.matcher(lines[first + 1]).matches() && same(lines[first], title)) {
            heading = 2;
        } else {
            return body;
        }
        for (int i = first; i < first + heading; i++) {
            lines[i] = "";
        }
        return new Markup(String.join("\n", lines), body.format(), body.where(), body.inField());
    }

    /** Case and runs of spaces aside; {@code # The `adr` tool} repeats the title {@code The adr tool}. */
    private static boolean same(String heading, String title) {
        return normal(heading.replaceAll("[`*_]", "")).equals(normal(title.replaceAll("[`*_]", "")));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
