package dev.handbook.render.input;

import dev.handbook.catalog.Catalog;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The tags of the handbook and the records that carry each. Tags that differ only in case or punctuation
 * ({@code On call}, {@code on-call}) share one page. Immutable.
 */
public record TagIndex(SortedMap<String, Tag> bySlug) {

    /** One tag page: its file name, the forms the tag is written in, and its records in id order. */
    public record Tag(String slug, String label, List<EntryId> ids) {
        public Tag {
            ids = List.copyOf(ids);
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public TagIndex {
        bySlug = Collections.unmodifiableSortedMap(new TreeMap<>(bySlug));
    }

    public static TagIndex of(Catalog catalog) {
        Map<String, TreeSet<String>> labels = new HashMap<>();
        Map<String, List<EntryId>> ids = new HashMap<>();
        for (Entry entry : catalog.entries()) { // in id order, so each tag's records are listed in id order as they come
            for (String tag : entry.meta().tags()) {
                String slug = slug(tag);
                labels.computeIfAbsent(slug, s -> new TreeSet<>()).add(tag);
                List<EntryId> tagged = ids.computeIfAbsent(slug, s -> new ArrayList<>());
                if (tagged.isEmpty() || !tagged.get(tagged.size() - 1).equals(entry.id())) { // two forms of one tag
                    tagged.add(entry.id());
                }
            }
        }
        SortedMap<String, Tag> tags = new TreeMap<>();
        labels.forEach((slug, forms) -> tags.put(slug, new Tag(slug, String.join(" / ", forms), ids.get(slug))));
        return new TagIndex(tags);
    }

    /** The file name of a tag's page: lower case, with runs of anything but letters and digits as one hyphen. */
    public static String slug(String tag) {
        if (tag.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
                && !tag.isEmpty() && !tag.startsWith("-") && !tag.endsWith("-") && !tag.contains("--")) {
            return tag; // most tags are slugs already; skip the regular expressions
        }
        String slug = SEPARATORS.matcher(tag.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "tag-" + Integer.toHexString(tag.hashCode()) : slug;
    }
}
