package dev.handbook.source;

import dev.handbook.formats.FormatInput;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers how a collection writes slashed dates. A team writes them one way, so one date whose first number cannot be
 * a month ({@code 25/03/2021}) makes every {@code 03/04/2021} of the same source day first.
 */
final class DateOrder {

    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?![\\d/])");

    private DateOrder() {}

    static FormatInput.Collection of(List<String> texts) {
        for (String text : texts) {
            Matcher m = SLASHED.matcher(text);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) > 12) {
                    return new FormatInput.Collection(true);
                }
            }
        }
        return FormatInput.Collection.NONE;
    }
}
