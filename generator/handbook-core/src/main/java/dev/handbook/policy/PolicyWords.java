package dev.handbook.policy;

import dev.handbook.model.FlagCategory;
import dev.handbook.verify.VerifyMode;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code --fail-on} / {@code handbook.failOn} and {@code --verify} / {@code handbook.verify}, read the
 * same way by the CLI and the Maven plugin. An unknown word is a {@link PolicyWordException} whose message lists every
 * valid word; each front end only says which option it came from.
 *
 * <pre><code>
 * PolicyWords.failOn("stale, verify");   // [STALE, VERIFY]
 * PolicyWords.verifyMode("true");        // CACHED
 * </code></pre>
 */
public final class PolicyWords {

    /** {@code none} names no category: nothing fails, whatever {@code fail_on} in handbook.yaml says. */
    public static final String NONE = "none";

    private static final Map<String, FlagCategory> FAIL_ON = failOnWords();

    /** Each mode's words, the first one documented, the others kept because one front end accepted them. */
    private static final Map<String, VerifyMode> VERIFY = verifyWords();

    private PolicyWords() {}

    /** Reads a comma-separated list; blank items are ignored, so {@code ""} and {@code none} both name nothing. */
    public static Set<FlagCategory> failOn(String list) {
        Set<FlagCategory> categories = EnumSet.noneOf(FlagCategory.class);
        for (String item : list.split(",")) {
            String word = item.strip();
            if (word.isEmpty() || word.equals(NONE)) {
                continue;
            }
            FlagCategory category = FAIL_ON.get(word);
            if (category == null) {
                throw new PolicyWordException("'" + word + "' is not a flag category; use " + String.join(", ", FAIL_ON.keySet())
                        + " (comma-separated) or " + NONE + ".");
            }
            categories.add(category);
        }
        return categories;
    }

    /** Reads a verify mode; the empty word (a bare {@code --verify}) is {@code cached}. */
    public static VerifyMode verifyMode(String word) {
        VerifyMode mode = VERIFY.get(word.strip());
        if (mode == null) {
            throw new PolicyWordException("'" + word.strip() + "' is not a verify mode; use off, cached or fresh"
                    + " (true means cached, false means off).");
        }
        return mode;
    }

    /** The word {@code fail_on} lists, and that the report lines print, for each category that can fail a build. */
    public static String word(FlagCategory category) {
        return category.wire();
    }

    private static Map<String, FlagCategory> failOnWords() {
        Map<String, FlagCategory> words = new LinkedHashMap<>();
        for (FlagCategory category : FlagCategory.values()) {
            if (category != FlagCategory.DUE_SOON) { // a heads-up, never a failure
                words.put(word(category), category);
            }
        }
        return words;
    }

    private static Map<String, VerifyMode> verifyWords() {
        Map<String, VerifyMode> words = new LinkedHashMap<>();
        words.put("off", VerifyMode.OFF);
        words.put("false", VerifyMode.OFF);
        words.put("cached", VerifyMode.CACHED);
        words.put("true", VerifyMode.CACHED);
        words.put("", VerifyMode.CACHED);
        words.put("fresh", VerifyMode.FRESH);
        return words;
    }
}
