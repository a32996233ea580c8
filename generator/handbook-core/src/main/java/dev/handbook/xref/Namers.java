package dev.handbook.xref;

import dev.handbook.catalog.Catalog;
import dev.handbook.convert.Conversions;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.Reference;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which records name which ids, in their fields or in links of their markup, resolved or not: a rebuild redoes the
 * edges of the records that name a changed id without asking each of 10,000 records. Names are the exact strings
 * written. Immutable.
 */
final class Namers {

    private final Map<EntryId, Set<String>> names;
    private final Map<String, Set<EntryId>> namers;

    private Namers(Map<EntryId, Set<String>> names, Map<String, Set<EntryId>> namers) {
        this.names = Collections.unmodifiableMap(names);
        this.namers = Collections.unmodifiableMap(namers);
    }

    static Namers of(Catalog catalog, Conversions conversions) {
        Map<EntryId, Set<String>> names = new HashMap<>();
        Map<String, Set<EntryId>> namers = new HashMap<>();
        for (Entry entry : catalog.entries()) {
            Set<String> named = namesOf(entry, conversions);
            if (!named.isEmpty()) {
                names.put(entry.id(), named);
                named.forEach(name -> namers.computeIfAbsent(name, n -> new HashSet<>()).add(entry.id()));
            }
        }
        return new Namers(names, namers); // the sets are not changed after this: updates copy the ones they change
    }

    /** The records that name any of {@code ids}. */
    Set<EntryId> naming(Set<String> ids) {
        Set<EntryId> found = new HashSet<>();
        for (String id : ids) {
            found.addAll(namers.getOrDefault(id, Set.of()));
        }
        return found;
    }

    /** This index with the names of {@code redone} read again (a record no longer in the catalog names nothing). */
    Namers updated(Set<EntryId> redone, Catalog catalog, Conversions conversions) {
        Map<EntryId, Set<String>> newNames = new HashMap<>(names);
        Map<String, Set<EntryId>> newNamers = new HashMap<>(namers);
        for (EntryId id : redone) {
            for (String name : newNames.getOrDefault(id, Set.of())) {
                newNamers.computeIfPresent(name, (n, ids) -> without(ids, id));
            }
            newNames.remove(id);
            catalog.find(id).ifPresent(entry -> {
                Set<String> named = namesOf(entry, conversions);
                if (!named.isEmpty()) {
                    newNames.put(id, named);
                    named.forEach(name -> newNamers.merge(name, Set.of(id), Namers::union));
                }
            });
        }
        return new Namers(newNames, newNamers);
    }

    private static Set<String> namesOf(Entry entry, Conversions conversions) {
        Set<String> named = new HashSet<>(conversions.linkTargets(entry.id()));
        for (Reference ref : entry.references()) {
            named.add(ref.target());
        }
        return Set.copyOf(named);
    }

    private static Set<EntryId> union(Set<EntryId> a, Set<EntryId> b) {
        Set<EntryId> all = new HashSet<>(a);
        all.addAll(b);
        return Collections.unmodifiableSet(all);
    }

    /** Null (no entry) when nothing is left. */
    private static Set<EntryId> without(Set<EntryId> ids, EntryId id) {
        Set<EntryId> rest = new HashSet<>(ids);
        rest.remove(id);
        return rest.isEmpty() ? null : Collections.unmodifiableSet(rest);
    }
}
