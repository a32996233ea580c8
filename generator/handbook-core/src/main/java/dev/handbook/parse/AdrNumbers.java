package dev.handbook.parse;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of an ADR read in place, from its file name: the leading digits, of any length up to six ({@code ADR-1},
 * {@code 0012-x}, {@code 000123-x}; a prefix of letters and a dash is allowed). Longer runs are not numbers: eight
 * digits are a date ({@code 20210315-x}, as log4brains names files), which the format reader puts in {@code date};
 * such ADRs have no number and are ordered by date. The H1 is never used: real collections have H1s that disagree with the file.
 */
final class AdrNumbers {

    private static final Pattern LEADING = Pattern.compile("(?:[A-Za-z]+[-_ ]?)?(\\d+)(?:\\D.*)?");
    private static final int MAX_DIGITS = 6;

    private AdrNumbers() {}

    static OptionalInt of(String stem) {
        Matcher m = LEADING.matcher(stem);
        if (!m.matches() || m.group(1).length() > MAX_DIGITS) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(m.group(1)));
    }
}
