package dev.handbook.convert;

import java.util.HashSet;
import java.util.Set;
import org.commonmark.ext.heading.anchor.IdGenerator;

/**
 * The heading ids taken on one entry's page. An entry's markup pieces are converted separately but shown on one page
 * (a postmortem's summary, timeline and root cause), so two "Details" headings in different pieces need different ids.
 *
 * <p>Not thread-safe: one per entry, used while that entry's markup is converted.
 */
public final class HeadingIds {

    /** Ids the page templates use themselves; a heading of the same name gets a suffix instead. */
    static final Set<String> TEMPLATE_IDS = Set.of("main", "top", "toc", "on-this-page", "search", "sidebar", "search-input", "search-results");

    private final Set<String> taken = new HashSet<>(TEMPLATE_IDS);
    // Slugs the way commonmark-ext-heading-anchor always has, so existing Markdown ids stay as they were. Made on
    // first use: it compiles a pattern, and most entries have no Markdown heading.
    private IdGenerator slugs;

    /** A new id for a heading with this plain text. */
    public String forText(String text) {
        if (slugs == null) {
            slugs = IdGenerator.builder().build();
        }
        return claim(slugs.generateId(text.strip()));
    }

    /** {@code wanted} if it is free, else the first free {@code wanted-1}, {@code wanted-2}, …; now taken. */
    public String claim(String wanted) {
        if (taken.add(wanted)) {
            return wanted;
        }
        for (int n = 1; ; n++) {
            String candidate = wanted + "-" + n;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }
}
