package dev.handbook.publish;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The id of each page's section in the offline handbook ({@code runbooks/db-failover.html} → {@code
 * p-runbooks-db-failover}), and of the elements inside it ({@code p-runbooks-db-failover--step-2}). Immutable.
 *
 * <p>Section ids never contain {@code --} and element ids always do, so the two can never collide.
 */
final class SectionIds {

    private static final String SEPARATOR = "--";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, String> byPath;

    private SectionIds(Map<String, String> byPath) {
        this.byPath = Collections.unmodifiableMap(byPath);
    }

    /** Gives each path an id; when two paths map to the same id, the later one gets a numbered suffix. */
    static SectionIds assign(List<String> paths) {
        Map<String, String> byPath = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String path : paths) {
            String base = "p-" + slug(path.endsWith(".html") ? path.substring(0, path.length() - 5) : path);
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            byPath.put(path, id);
        }
        return new SectionIds(byPath);
    }

    /** The section of the page at {@code path}, if the offline handbook includes it. */
    Optional<String> of(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The new id of the element with {@code id} on the page whose section is {@code section}. */
    static String inner(String section, String id) {
        boolean plain = id.chars().noneMatch(Character::isWhitespace);
        return section + SEPARATOR + (plain ? id : WHITESPACE.matcher(id.strip()).replaceAll("-"));
    }

    /** Letters, digits and underscores, with every other run of characters as one hyphen. */
    private static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.length() == 0 ? "page" : out.toString();
    }
}
