package dev.handbook.xref;

import dev.handbook.model.ChangedKeys;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who links to whom: every resolved edge in both directions, and the derived supersedes relation of ADRs. Lists are
 * sorted and free of duplicates. Immutable.
 */
public final class XrefGraph {

    private final Map<EntryId, List<Edge>> outgoing;
    private final Map<EntryId, List<Edge>> incoming;
    private final Map<EntryId, List<EntryId>> supersedes;
    private final Map<EntryId, List<EntryId>> supersededBy;
    private final Namers namers;

    XrefGraph(
            Map<EntryId, List<Edge>> outgoing,
            Map<EntryId, List<Edge>> incoming,
            Map<EntryId, List<EntryId>> supersedes,
            Map<EntryId, List<EntryId>> supersededBy,
            Namers namers) {
        // The resolver hands over maps it no longer touches: wrap them rather than copy 10,000 entries.
        this.outgoing = Collections.unmodifiableMap(outgoing);
        this.incoming = Collections.unmodifiableMap(incoming);
        this.supersedes = Collections.unmodifiableMap(supersedes);
        this.supersededBy = Collections.unmodifiableMap(supersededBy);
        this.namers = namers;
    }

    /** The records whose edges, in or out, or supersede chains differ from {@code before}'s. */
    public Set<EntryId> changedSince(XrefGraph before) {
        Set<EntryId> changed = new HashSet<>();
        ChangedKeys.add(before.outgoing, outgoing, List.of(), changed);
        ChangedKeys.add(before.incoming, incoming, List.of(), changed);
        ChangedKeys.add(before.supersedes, supersedes, List.of(), changed);
        ChangedKeys.add(before.supersededBy, supersededBy, List.of(), changed);
        return changed;
    }

    public List<Edge> outgoing(EntryId id) {
        return outgoing.getOrDefault(id, List.of());
    }

    /** Every record's outgoing edges, for {@link XrefResolver#update}. */
    Map<EntryId, List<Edge>> outgoingMap() {
        return outgoing;
    }

    /** Which records name which ids, for {@link XrefResolver#update}. */
    Namers namers() {
        return namers;
    }

    /** Every record's incoming edges, for {@link XrefResolver#update}. */
    Map<EntryId, List<Edge>> incomingMap() {
        return incoming;
    }

    public List<Edge> incoming(EntryId id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** Records of {@code kind} that point at {@code id} through {@code field} (or any field when null). */
    public List<EntryId> referrers(EntryId id, EntryKind kind, String field) {
        return incoming(id).stream()
                .filter(e -> e.from().kind() == kind && (field == null || e.via().equals(field)))
                .map(Edge::from)
                .distinct()
                .toList();
    }

    /** The ADRs this ADR replaces, declared on either side. */
    public List<EntryId> supersedes(EntryId adr) {
        return supersedes.getOrDefault(adr, List.of());
    }

    /** The ADRs that replace this ADR, declared on either side. */
    public List<EntryId> supersededBy(EntryId adr) {
        return supersededBy.getOrDefault(adr, List.of());
    }
}
