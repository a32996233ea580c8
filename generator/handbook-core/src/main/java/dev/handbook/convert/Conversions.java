package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.ChangedKeys;
import dev.handbook.model.EntryId;
import dev.handbook.model.Snippet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The converted markup of every entry, by id. Immutable.
 *
 * @param convertedAnew the entries this build converted rather than took over from the build before: a later stage
 *     redoes what it derived from their links
 */
public record Conversions(Map<EntryId, MarkupConverter.ConvertedEntry> entries, Set<EntryId> convertedAnew) {

    public Conversions {
        entries = Collections.unmodifiableMap(entries);
        convertedAnew = Collections.unmodifiableSet(convertedAnew);
    }

    /** Every entry converted anew. */
    public Conversions(Map<EntryId, MarkupConverter.ConvertedEntry> entries) {
        this(entries, entries.keySet());
    }

    /** The records whose conversion differs from {@code before}'s. */
    public Set<EntryId> changedSince(Conversions before) {
        Set<EntryId> changed = new HashSet<>();
        ChangedKeys.add(before.entries, entries, null, changed);
        return changed;
    }

    /** What the converters reported, for every entry. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        entries.values().forEach(e -> all.addAll(e.diagnostics())); // a loop: a rebuild asks this of 10,000 mostly empty lists
        return List.copyOf(all);
    }

    /** The converted markup of one entry; empty if there is no such entry. */
    public Optional<MarkupConverter.ConvertedEntry> of(EntryId id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The verification snippets written in an entry's markup, in order. */
    public List<Snippet> snippets(EntryId id) {
        return of(id).map(MarkupConverter.ConvertedEntry::snippets).orElse(List.of());
    }

    /** The plain text of an entry's markup, in markup order, for search. */
    public String text(EntryId id) {
        return of(id).map(MarkupConverter.ConvertedEntry::text).orElse("");
    }

    /** The files that the markup of every entry links to, by path inside the repository, sorted. */
    public SortedSet<String> files() {
        SortedSet<String> files = new TreeSet<>();
        for (MarkupConverter.ConvertedEntry entry : entries.values()) { // a loop: a rebuild asks this of 10,000 records, most linking no file
            if (!entry.files().isEmpty()) {
                files.addAll(entry.files());
            }
        }
        return files;
    }

    /** The ids an entry's links name. */
    public Set<String> linkTargets(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? Set.of() : converted.linkTargets();
    }

    public List<Link> links(EntryId id) {
        MarkupConverter.ConvertedEntry converted = entries.get(id);
        return converted == null ? List.of() : converted.links();
    }
}
