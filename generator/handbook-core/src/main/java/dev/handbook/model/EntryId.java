package dev.handbook.model;

import java.util.Objects;

/** The identity of a record, printed as {@code kind:name}, e.g. {@code runbook:postgres-failover}. */
public record EntryId(EntryKind kind, String name) implements Comparable<EntryId> {

    public EntryId {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(name, "name must not be null");
    }

    @Override
    public int compareTo(EntryId other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return kind.key() + ":" + name;
    }
}
