package dev.handbook.model;

import java.util.Comparator;
import java.util.Objects;

/** The identity of a record, printed as {@code kind:name}, e.g. {@code runbook:postgres-failover}. */
public record EntryId(EntryKind kind, String name) implements Comparable<EntryId> {

    private static final Comparator<EntryId> ORDER =
            Comparator.comparing(EntryId::kind).thenComparing(EntryId::name);

    public EntryId {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(name, "name must not be null");
    }

    @Override
    public int compareTo(EntryId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind.key() + ":" + name;
    }
}
