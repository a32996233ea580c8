package dev.handbook.formats;

import dev.handbook.model.AdrStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ADR status table: how the statuses teams write map to handbook's {@link AdrStatus}. A status is looked up after
 * {@link #normalize normalizing} it (case folded, emoji and Markdown marks stripped), so {@code ✅ Accepted} and
 * {@code **accepted**} are {@code accepted}.
 *
 * <p>The default rows are {@link AdrStatus#defaultWords()}; a site adds words per status with {@code adr_statuses:}
 * in {@code site/handbook.yaml} ({@link #extendedWith}), and a word it lists under a status moves there from its
 * default row. A partly superseded decision still holds in part, so it stays accepted; its relation keeps the verb.
 * Immutable and thread-safe.
 */
public final class AdrStatusTable {

    /** How diagnostics name this table. */
    public static final String NAME = "the ADR status table";

    /** How a site extends the table, for hints. */
    public static final String CONFIG_KEY = "adr_statuses";

    private final TreeMap<String, AdrStatus> byWords = new TreeMap<>();

    /** @param rows for each status, the words that mean it (and only these words) */
    public AdrStatusTable(Map<AdrStatus, List<String>> rows) {
        this(List.copyOf(rows.entrySet()));
    }

    /** @param rows a word listed twice means the status of its last row */
    private AdrStatusTable(List<Map.Entry<AdrStatus, List<String>>> rows) {
        rows.forEach(row -> row.getValue().forEach(w -> byWords.put(normalize(w), row.getKey())));
    }

    public static AdrStatusTable standard() {
        return new AdrStatusTable(Arrays.stream(AdrStatus.values()).map(s -> Map.entry(s, s.defaultWords())).toList());
    }

    /** This table with {@code extra} words added to their statuses, moving any the table had under another status. */
    public AdrStatusTable extendedWith(Map<AdrStatus, List<String>> extra) {
        List<Map.Entry<AdrStatus, List<String>>> rows = new ArrayList<>();
        byWords.forEach((word, status) -> rows.add(Map.entry(status, List.of(word))));
        rows.addAll(new TreeMap<>(extra).entrySet());
        return new AdrStatusTable(rows);
    }

    /** The status {@code written} means, if the table has its (normalized) words. */
    public Optional<AdrStatus> lookup(String written) {
        return Optional.ofNullable(byWords.get(normalize(written)));
    }

    /**
     * The longest words of the table that {@code written} starts with, as whole words: {@code superseded by ADR-7}
     * starts with {@code superseded}. Empty when it starts with none.
     */
    public Optional<String> leadingWords(String written) {
        String text = normalize(written).replaceAll("[.:!]+(\\s)", "$1");
        return byWords.descendingKeySet().stream()
                .filter(w -> text.equals(w) || text.startsWith(w + " "))
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    /** Every spelling the table accepts, sorted, for messages that list them. */
    public List<String> allowed() {
        return List.copyOf(byWords.keySet());
    }

    /**
     * Case folded, whitespace collapsed; symbols (emoji), variation selectors, zero-width joiners, Markdown emphasis
     * marks and trailing punctuation removed.
     */
    public static String normalize(String written) {
        StringBuilder kept = new StringBuilder();
        written.codePoints()
                .filter(cp -> !isDecoration(cp))
                .forEach(kept::appendCodePoint);
        return kept.toString()
                .replaceAll("[*_`~]", "")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("[.:!]+$", "")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** Emoji and the invisible marks that decorate them. */
    static boolean isDecoration(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || type == Character.MODIFIER_SYMBOL;
    }
}
