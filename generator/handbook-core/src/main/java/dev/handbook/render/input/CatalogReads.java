package dev.handbook.render.input;

import dev.handbook.catalog.Catalog;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import java.util.List;
import java.util.Optional;

/** The {@link Catalog} as a page reads it: the same questions, each recorded with its answer. */
public final class CatalogReads {

    private final PageReads reads;

    CatalogReads(PageReads reads) {
        this.reads = reads;
    }

    /** The record with this id, whatever its kind; ids match regardless of case. */
    public Optional<Entry> find(String name) {
        return reads.ask(new FindByName(name));
    }

    public Optional<Entry> find(EntryId id) {
        return reads.ask(new Find(id));
    }

    public Entry get(EntryId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No entry " + id));
    }

    /** Every record, in id order: a page that reads this changes with any record. */
    public List<Entry> entries() {
        return reads.ask(new Entries());
    }

    /**
     * The ids of every record, in id order: for a listing made of per-record answers, which an edit to a record's
     * body leaves alone where {@link #entries()} changes.
     */
    public List<EntryId> ids() {
        return reads.ask(new Ids());
    }

    public List<Entry> ofKind(EntryKind kind) {
        return reads.ask(new OfKind(kind));
    }

    /** Records of one kind, typed. */
    public <T extends Entry> List<T> ofKind(EntryKind kind, Class<T> type) {
        return ofKind(kind).stream().map(type::cast).toList();
    }

    /** How many records of a kind there are. */
    public int count(EntryKind kind) {
        return reads.ask(new Count(kind));
    }

    public int size() {
        return reads.ask(new Size());
    }

    record FindByName(String name) implements Query<Optional<Entry>> {
        public String about() {
            return name;
        }

        public Optional<Entry> answer(BuildFacts facts) {
            return facts.catalog().find(name);
        }
    }

    record Find(EntryId id) implements Query<Optional<Entry>> {
        public String about() {
            return id.name();
        }

        public Optional<Entry> answer(BuildFacts facts) {
            return facts.catalog().find(id);
        }
    }

    record Entries() implements Query<List<Entry>> {
        public boolean kept() {
            return true;
        }

        public List<Entry> answer(BuildFacts facts) {
            return List.copyOf(facts.catalog().entries());
        }
    }

    record Ids() implements Query<List<EntryId>> {
        public boolean kept() {
            return true;
        }

        public List<EntryId> answer(BuildFacts facts) {
            return facts.catalog().entries().stream().map(Entry::id).toList();
        }
    }

    record OfKind(EntryKind kind) implements Query<List<Entry>> {
        public List<Entry> answer(BuildFacts facts) {
            return facts.catalog().ofKind(kind);
        }
    }

    record Count(EntryKind kind) implements Query<Integer> {
        public Integer answer(BuildFacts facts) {
            return facts.catalog().ofKind(kind).size();
        }
    }

    record Size() implements Query<Integer> {
        public Integer answer(BuildFacts facts) {
            return facts.catalog().size();
        }
    }
}
