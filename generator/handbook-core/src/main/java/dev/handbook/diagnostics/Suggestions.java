package dev.handbook.diagnostics;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?" hints for near-miss field names, enum values and ids. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate closest to {@code wrong}, if it is close enough to be a likely typo; failing that, the shortest
     * candidate that contains it (a truncated id such as {@code redis-down} for {@code redis-down-degradation}).
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String needle = wrong.toLowerCase();
        int limit = Math.max(2, wrong.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        Optional<String> typo =
                candidates.stream()
                        .filter(candidate -> distance.apply(needle, candidate.toLowerCase()) >= 0)
                        .min(Comparator.comparingInt((String c) -> distance.apply(needle, c.toLowerCase()))
                                .thenComparing(Comparator.naturalOrder()));
        if (typo.isPresent() || needle.length() < 3) {
            return typo;
        }
        return candidates.stream()
                .filter(candidate -> candidate.toLowerCase().contains(needle))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    }

    /** {@code Did you mean 'x'?} or, when nothing is close, the list of what is allowed. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates)
                .map(c -> "Did you mean '" + c + "'?")
                .orElseGet(() -> candidates.isEmpty() ? "" : "Expected one of: " + String.join(", ", sortedCopy(candidates)) + ".");
    }

    /** {@code Did you mean 'x'?}, or an empty string when nothing is close (for open-ended sets such as ids). */
    public static String didYouMeanOnly(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "Did you mean '" + c + "'?").orElse("");
    }

    private static Collection<String> sortedCopy(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
