package dev.handbook.formats;

import dev.handbook.model.AdrStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ADR status table: how the statuses teams write map to handbook's {@link AdrStatus}. A status is looked up after
 * {@link #normalize normalizing} it (case folded, emoji and Markdown marks stripped), so {@code ✅ Accepted} and
 * {@code **accepted**} are {@code accepted}. The table is data, so a site can later extend or replace it.
 *
 * <table>
 *   <caption>The default table</caption>
 *   <tr><th>status</th><th>written as</th></tr>
 *   <tr><td>proposed</td><td>proposed, draft, pending, incomplete, in progress, in review, under review, open, wip, rfc</td></tr>
 *   <tr><td>accepted</td><td>accepted, approved, implemented, decided, adopted, agreed, done, active, partly superseded, partially superseded</td></tr>
 *   <tr><td>rejected</td><td>rejected, declined, not accepted</td></tr>
 *   <tr><td>deprecated</td><td>deprecated, obsolete, retired, withdrawn, abandoned</td></tr>
 *   <tr><td>superseded</td><td>superseded, superceded, replaced</td></tr>
 * </table>
 *
 * <p>A partly superseded decision still holds in part, so it stays accepted; its relation keeps the verb.
 * Immutable and thread-safe.
 */
public final class AdrStatusTable {

    /** How diagnostics name this table. */
    public static final String NAME = "the ADR status table";

    private static final Map<AdrStatus, List<String>> DEFAULT =
            Map.of(
                    AdrStatus.PROPOSED, List.of("proposed", "draft", "pending", "incomplete", "in progress", "in review",
                            "under review", "open", "wip", "rfc"),
                    AdrStatus.ACCEPTED, List.of("accepted", "approved", "implemented", "decided", "adopted", "agreed",
                            "done", "active", "partly superseded", "partially superseded"),
                    AdrStatus.REJECTED, List.of("rejected", "declined", "not accepted"),
                    AdrStatus.DEPRECATED, List.of("deprecated", "obsolete", "retired", "withdrawn", "abandoned"),
                    AdrStatus.SUPERSEDED, List.of("superseded", "superceded", "replaced"));

    private final TreeMap<String, AdrStatus> byWords = new TreeMap<>();

    /** @param rows for each status, the normalized words that mean it */
    public AdrStatusTable(Map<AdrStatus, List<String>> rows) {
        rows.forEach((status, words) -> words.forEach(w -> byWords.put(normalize(w), status)));
    }

    public static AdrStatusTable standard() {
        return new AdrStatusTable(DEFAULT);
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
