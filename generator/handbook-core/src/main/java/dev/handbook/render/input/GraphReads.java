package dev.handbook.render.input;

import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.xref.Edge;
import dev.handbook.xref.XrefGraph;
import java.util.List;

/** The {@link XrefGraph} as a page reads it: the same questions, each recorded with its answer. */
public final class GraphReads {

    private final PageReads reads;

    GraphReads(PageReads reads) {
        this.reads = reads;
    }

    public List<Edge> outgoing(EntryId id) {
        return reads.ask(new Outgoing(id));
    }

    public List<Edge> incoming(EntryId id) {
        return reads.ask(new Incoming(id));
    }

    /** Records of {@code kind} that point at {@code id} through {@code field} (or any field when null). */
    public List<EntryId> referrers(EntryId id, EntryKind kind, String field) {
        return reads.ask(new Referrers(id, kind, field));
    }

    /** The ADRs this ADR replaces, declared on either side. */
    public List<EntryId> supersedes(EntryId adr) {
        return reads.ask(new Supersedes(adr));
    }

    /** The ADRs that replace this ADR, declared on either side. */
    public List<EntryId> supersededBy(EntryId adr) {
        return reads.ask(new SupersededBy(adr));
    }

    record Outgoing(EntryId id) implements Query<List<Edge>> {
        public String about() {
            return id.name();
        }

        public List<Edge> answer(BuildFacts facts) {
            return facts.graph().outgoing(id);
        }
    }

    record Incoming(EntryId id) implements Query<List<Edge>> {
        public String about() {
            return id.name();
        }

        public List<Edge> answer(BuildFacts facts) {
            return facts.graph().incoming(id);
        }
    }

    record Referrers(EntryId id, EntryKind kind, String field) implements Query<List<EntryId>> {
        public String about() {
            return id.name();
        }

        public List<EntryId> answer(BuildFacts facts) {
            return facts.graph().referrers(id, kind, field);
        }
    }

    record Supersedes(EntryId id) implements Query<List<EntryId>> {
        public String about() {
            return id.name();
        }

        public List<EntryId> answer(BuildFacts facts) {
            return facts.graph().supersedes(id);
        }
    }

    record SupersededBy(EntryId id) implements Query<List<EntryId>> {
        public String about() {
            return id.name();
        }

        public List<EntryId> answer(BuildFacts facts) {
            return facts.graph().supersededBy(id);
        }
    }
}
