package dev.handbook.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as other tools' files write them: ISO ({@code 2021-03-04}, also {@code 2021/3/4}), numeric with the year
 * last ({@code 04/03/2021}, {@code 04.03.21}; two-digit years are 20yy) and English month names ({@code 4 March 2021},
 * {@code March 4, 2021}). A numeric date whose order is ambiguous is read day first when the collection is.
 */
public final class LooseDates {

    /** How messages describe the accepted forms. */
    public static final String FORMS = "YYYY-MM-DD, DD/MM/YYYY, DD/MM/YY, MM/DD/YYYY or `4 March 2021`";

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})");
    private static final List<DateTimeFormatter> NAMED =
            List.of(named("d MMMM uuuu"), named("d MMM uuuu"), named("MMMM d, uuuu"), named("MMM d, uuuu"), named("MMMM d uuuu"));

    private LooseDates() {}

    /** The date {@code text} means, or empty if it is none of the accepted forms (or no such day). */
    public static Optional<LocalDate> parse(String text, boolean dayFirst) {
        String date = text.strip().replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        try {
            Matcher iso = ISO.matcher(date);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)));
            }
            Matcher numeric = YEAR_LAST.matcher(date);
            if (numeric.matches()) {
                int first = number(numeric, 1);
                int second = number(numeric, 2);
                int year = numeric.group(3).length() == 2 ? 2000 + number(numeric, 3) : number(numeric, 3);
                boolean day = first > 12 || (second <= 12 && dayFirst);
                return Optional.of(day ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 31/02/2021
        }
        for (DateTimeFormatter format : NAMED) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static DateTimeFormatter named(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
