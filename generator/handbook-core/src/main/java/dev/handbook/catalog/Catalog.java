package dev.handbook.catalog;

import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The immutable index of a handbook's records: by id name (unique across kinds), by {@link EntryId} and by kind.
 * Iteration order is sorted by kind, then id. Thread-safe.
 */
public final class Catalog {

    private final Map<String, Entry> byName;
    private final Map<EntryKind, List<Entry>> byKind;
    private final Set<String> brokenIds;

    Catalog(List<Entry> entries, Set<String> brokenIds) {
        this.brokenIds = Set.copyOf(brokenIds);
        Map<String, Entry> names = new LinkedHashMap<>();
        entries.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(e -> names.put(e.id().name(), e));
        this.byName = java.util.Collections.unmodifiableMap(names);
        Map<EntryKind, List<Entry>> kinds = new EnumMap<>(EntryKind.class);
        for (EntryKind kind : EntryKind.values()) {
            kinds.put(kind, List.of());
        }
        kinds.putAll(names.values().stream().collect(Collectors.groupingBy(e -> e.id().kind(), () -> new EnumMap<>(EntryKind.class), Collectors.toUnmodifiableList())));
        this.byKind = java.util.Collections.unmodifiableMap(kinds);
    }

    /** The record with this id, whatever its kind; ids match regardless of case ({@code RB-0350} is {@code rb-0350}). */
    public Optional<Entry> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The names whose record differs from {@code before}'s: added, removed or edited. */
    public Set<String> namesChangedSince(Catalog before) {
        Set<String> changed = new java.util.HashSet<>();
        byName.forEach((name, entry) -> {
            Entry was = before.byName.get(name);
            if (was != entry && !entry.equals(was)) { // a record read again is a new object, equal when its file's edit did not touch it
                changed.add(name);
            }
        });
        before.byName.keySet().stream().filter(name -> !byName.containsKey(name)).forEach(changed::add);
        return changed;
    }

    public Optional<Entry> find(EntryId id) {
        return find(id.name()).filter(e -> e.id().kind() == id.kind());
    }

    public Entry get(EntryId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No entry " + id));
    }

    public Collection<Entry> entries() {
        return byName.values();
    }

    public List<Entry> ofKind(EntryKind kind) {
        return byKind.get(kind);
    }

    /** Records of one kind, typed. */
    public <T extends Entry> List<T> ofKind(EntryKind kind, Class<T> type) {
        return byKind.get(kind).stream().map(type::cast).toList();
    }

    /** Whether {@code name} is the id of a file that failed to load (and has its own errors reported). */
    public boolean isBroken(String name) {
        String folded = name.toLowerCase(java.util.Locale.ROOT);
        return brokenIds.contains(folded) && !byName.containsKey(folded);
    }

    /** All id names, for "did you mean" hints. */
    public Collection<String> names() {
        return byName.keySet();
    }

    public int size() {
        return byName.size();
    }
}
