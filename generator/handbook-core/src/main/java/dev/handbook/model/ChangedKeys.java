package dev.handbook.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which keys of two versions of a map have different values: what a stage's rebuild tells the pages that read it. */
public final class ChangedKeys {

    private ChangedKeys() {}

    /**
     * Adds to {@code changed} every key whose values differ, a missing key reading as {@code absent} (as the map's
     * owner answers for it: an empty list is no edges, whether stored or not). Values that are the same object (kept
     * from the build before, the usual case) are not compared further.
     */
    public static <K, V> void add(Map<K, V> before, Map<K, V> after, V absent, Set<? super K> changed) {
        after.forEach((key, value) -> {
            if (!Objects.equals(value, before.getOrDefault(key, absent))) {
                changed.add(key);
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key) && !Objects.equals(value, absent)) {
                changed.add(key);
            }
        });
    }
}
