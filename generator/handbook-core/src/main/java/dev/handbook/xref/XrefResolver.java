package dev.handbook.xref;

import dev.handbook.catalog.Catalog;
import dev.handbook.convert.Conversions;
import dev.handbook.convert.Link;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.diagnostics.Suggestions;
import dev.handbook.model.Adr;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Reference;
import dev.handbook.model.Spof;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The xref stage: resolves typed references and links in markup, reports unknown ids and wrong kinds at their
 * positions, derives the other side of ADR supersession (reporting cycles and status contradictions), and warns about
 * orphan runbooks and SPOFs without a runbook.
 */
public final class XrefResolver {

    public XrefGraph resolve(Catalog catalog, Conversions conversions, Diagnostics diagnostics) {
        Map<EntryId, List<Edge>> outgoing = catalog.entries().parallelStream()
                .collect(Collectors.toConcurrentMap(Entry::id, entry -> edgesFrom(entry, catalog, conversions, diagnostics)));
        Map<EntryId, List<Edge>> incoming = new HashMap<>();
        outgoing.values().parallelStream().flatMap(List::stream)
                .collect(Collectors.groupingByConcurrent(Edge::to))
                .forEach((to, edges) -> incoming.put(to, edges.stream().sorted(EDGE_ORDER).toList()));
        return finish(catalog, outgoing, incoming, Namers.of(catalog, conversions), diagnostics);
    }

    /**
     * The graph after a change, reusing the edges of {@code previous} for every record that did not change, names none
     * of the changed ids and was not converted anew: only the others' edges can differ. {@code previous} must come from a build without errors,
     * since reused records are not checked again.
     *
     * @param touched records added, removed or changed
     */
    public XrefGraph update(XrefGraph previous, Set<EntryId> touched, Catalog catalog, Conversions conversions, Diagnostics diagnostics) {
        Set<String> touchedNames = touched.stream().map(EntryId::name).collect(Collectors.toSet());
        Set<EntryId> redone = new HashSet<>(touched);
        redone.addAll(previous.namers().naming(touchedNames)); // only their edges can differ
        redone.addAll(conversions.convertedAnew()); // their links may name other ids now (a linked file appeared)
        Map<EntryId, List<Edge>> outgoing = new HashMap<>(previous.outgoingMap());
        for (EntryId id : redone) {
            Optional<Entry> entry = catalog.find(id);
            if (entry.isPresent()) {
                outgoing.put(id, edgesFrom(entry.get(), catalog, conversions, diagnostics));
            } else {
                outgoing.remove(id);
            }
        }
        Map<EntryId, List<Edge>> incoming = new HashMap<>(previous.incomingMap());
        Set<EntryId> resort = new HashSet<>();
        for (EntryId id : redone) {
            for (Edge old : previous.outgoing(id)) {
                incoming.computeIfPresent(old.to(), (to, edges) -> edges.stream().filter(e -> !e.equals(old)).toList());
                resort.add(old.to());
            }
            for (Edge edge : outgoing.getOrDefault(id, List.of())) {
                incoming.merge(edge.to(), List.of(edge), (a, b) -> concat(a, b));
                resort.add(edge.to());
            }
        }
        for (EntryId to : resort) {
            List<Edge> edges = incoming.get(to);
            if (edges == null || edges.isEmpty() || catalog.find(to).isEmpty()) {
                incoming.remove(to);
            } else {
                incoming.put(to, edges.stream().distinct().sorted(EDGE_ORDER).toList());
            }
        }
        return finish(catalog, outgoing, incoming, previous.namers().updated(redone, catalog, conversions), diagnostics);
    }

    private static List<Edge> concat(List<Edge> a, List<Edge> b) {
        List<Edge> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private XrefGraph finish(Catalog catalog, Map<EntryId, List<Edge>> outgoing, Map<EntryId, List<Edge>> incoming, Namers namers,
            Diagnostics diagnostics) {
        Map<EntryId, List<EntryId>> supersedes = supersession(catalog, diagnostics);
        Map<EntryId, List<EntryId>> supersededBy = invert(supersedes);
        checkAdrStatuses(catalog, supersededBy, diagnostics);
        XrefGraph graph = new XrefGraph(outgoing, incoming, supersedes, supersededBy, namers);
        warnAboutGaps(catalog, graph, diagnostics);
        return graph;
    }

    private static Optional<EntryId> resolveReference(Catalog catalog, Reference ref, Diagnostics diagnostics) {
        Optional<Entry> target = catalog.find(ref.target());
        if (target.isPresent() && ref.expected().contains(target.get().id().kind())) {
            return Optional.of(target.get().id());
        }
        String expected = ref.expected().stream().map(EntryKind::key).sorted().collect(Collectors.joining(" or "));
        if (target.isEmpty() && catalog.isBroken(ref.target())) {
            return Optional.empty();
        }
        if (target.isEmpty()) {
            diagnostics.error(
                    "xref.unknown",
                    ref.where(),
                    "Unknown " + expected + " '" + ref.target() + "' in '" + ref.field() + "'.",
                    Suggestions.didYouMeanOnly(ref.target(), namesOf(catalog, ref.expected())));
            return Optional.empty();
        }
        EntryKind actual = target.get().id().kind();
        if (!ref.expected().contains(actual)) {
            diagnostics.error(
                    "xref.kind",
                    ref.where(),
                    "'" + ref.target() + "' is a " + actual.key() + ", but '" + ref.field() + "' expects a " + expected + ".",
                    Suggestions.didYouMeanOnly(ref.target(), namesOf(catalog, ref.expected())));
            return Optional.empty();
        }
        return Optional.of(target.get().id());
    }

    private static Optional<EntryId> resolveLink(Catalog catalog, Link link, Diagnostics diagnostics) {
        Optional<Entry> target = catalog.find(link.target());
        String what = link.kind() == null ? "record" : link.kind().key();
        if (target.isEmpty() && catalog.isBroken(link.target())) {
            return Optional.empty();
        }
        if (target.isEmpty()) {
            Collection<String> candidates = link.kind() == null ? catalog.names() : namesOf(catalog, Set.of(link.kind()));
            diagnostics.error(
                    "xref.unknown",
                    link.where(),
                    "Link to unknown " + what + " '" + link.target() + "'.",
                    Suggestions.didYouMeanOnly(link.target(), candidates));
            return Optional.empty();
        }
        if (link.kind() != null && target.get().id().kind() != link.kind()) {
            diagnostics.error(
                    "xref.kind",
                    link.where(),
                    "'" + link.target() + "' is " + target.get().id().kind().withArticle() + ", not " + (link.kind() == null ? "a record" : link.kind().withArticle()) + ".",
                    "Write `" + target.get().id() + "`.");
            return Optional.empty();
        }
        return Optional.of(target.get().id());
    }

    /** The union of both declared sides; a cycle is reported at each ADR on it. */
    private static Map<EntryId, List<EntryId>> supersession(Catalog catalog, Diagnostics diagnostics) {
        Map<EntryId, Set<EntryId>> edges = new TreeMap<>();
        Map<EntryId, SourcePosition> declaredAt = new HashMap<>();
        for (Adr adr : catalog.ofKind(EntryKind.ADR, Adr.class)) {
            for (Reference ref : adr.supersedes()) {
                target(catalog, ref).ifPresent(old -> {
                    edges.computeIfAbsent(adr.id(), k -> new TreeSet<>()).add(old);
                    declaredAt.putIfAbsent(adr.id(), ref.where());
                });
            }
            for (Reference ref : adr.supersededBy()) {
                target(catalog, ref).ifPresent(newer -> {
                    edges.computeIfAbsent(newer, k -> new TreeSet<>()).add(adr.id());
                    declaredAt.putIfAbsent(newer, ref.where());
                    declaredAt.putIfAbsent(adr.id(), ref.where());
                });
            }
        }
        for (EntryId start : new ArrayList<>(edges.keySet())) {
            List<EntryId> cycle = cycleFrom(start, edges);
            if (!cycle.isEmpty() && cycle.get(0).equals(start)) {
                diagnostics.error(
                        "adr.cycle",
                        declaredAt.getOrDefault(start, catalog.get(start).meta().origin()),
                        "ADR supersession forms a cycle: "
                                + cycle.stream().map(EntryId::name).collect(Collectors.joining(" → "))
                                + " → " + start.name() + ".",
                        "A decision cannot (even indirectly) supersede itself: remove one of these links.");
            }
        }
        Map<EntryId, List<EntryId>> result = new TreeMap<>();
        edges.forEach((from, to) -> result.put(from, List.copyOf(to)));
        return result;
    }

    private static Map<EntryId, List<EntryId>> invert(Map<EntryId, List<EntryId>> edges) {
        Map<EntryId, Set<EntryId>> inverted = new TreeMap<>();
        edges.forEach((from, tos) -> tos.forEach(to -> inverted.computeIfAbsent(to, k -> new TreeSet<>()).add(from)));
        Map<EntryId, List<EntryId>> result = new TreeMap<>();
        inverted.forEach((to, froms) -> result.put(to, List.copyOf(froms)));
        return result;
    }

    private static Optional<EntryId> target(Catalog catalog, Reference ref) {
        return catalog.find(ref.target()).filter(e -> e.id().kind() == EntryKind.ADR).map(Entry::id);
    }

    /** The path of a cycle through {@code start}, starting at it, or empty. */
    private static List<EntryId> cycleFrom(EntryId start, Map<EntryId, Set<EntryId>> edges) {
        List<EntryId> path = new ArrayList<>();
        return walk(start, start, edges, path, new HashSet<>()) ? path : List.of();
    }

    private static boolean walk(
            EntryId node, EntryId start, Map<EntryId, Set<EntryId>> edges, List<EntryId> path, Set<EntryId> seen) {
        path.add(node);
        for (EntryId next : edges.getOrDefault(node, Set.of())) {
            if (next.equals(start) || (seen.add(next) && walk(next, start, edges, path, seen))) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    private static void checkAdrStatuses(
            Catalog catalog, Map<EntryId, List<EntryId>> supersededBy, Diagnostics diagnostics) {
        for (Adr adr : catalog.ofKind(EntryKind.ADR, Adr.class)) {
            List<EntryId> successors = supersededBy.getOrDefault(adr.id(), List.of());
            boolean replaced =
                    successors.stream()
                            .map(id -> (Adr) catalog.get(id))
                            .anyMatch(s -> s.status() == AdrStatus.ACCEPTED || s.status() == AdrStatus.SUPERSEDED);
            if (replaced && adr.status() != AdrStatus.SUPERSEDED) {
                diagnostics.error(
                        "adr.status",
                        adr.meta().origin(),
                        "ADR '" + adr.id().name() + "' is superseded by '" + successors.get(0).name()
                                + "' but its status is '" + adr.status().wire() + "'.",
                        "Set `status: superseded`.");
            }
            if (adr.status() == AdrStatus.SUPERSEDED && successors.isEmpty()) {
                diagnostics.error(
                        "adr.status",
                        adr.meta().origin(),
                        "ADR '" + adr.id().name() + "' has status 'superseded' but no decision supersedes it.",
                        "Add `superseded_by: <adr id>`, or `supersedes:` to the newer decision.");
            }
        }
    }

    private static void warnAboutGaps(Catalog catalog, XrefGraph graph, Diagnostics diagnostics) {
        for (Spof spof : catalog.ofKind(EntryKind.SPOF, Spof.class)) {
            if (spof.runbook() == null) {
                diagnostics.warning(
                        "spof.no-runbook",
                        spof.meta().origin(),
                        "SPOF '" + spof.id().name() + "' has no runbook.",
                        "Set `runbook:` to the procedure on-call follows when it fails.");
            }
        }
        for (Entry runbook : catalog.ofKind(EntryKind.RUNBOOK)) { // loops: a rebuild checks all 10,000 records again
            boolean referenced = false;
            for (Edge edge : graph.incoming(runbook.id())) {
                if (!edge.from().equals(runbook.id())) {
                    referenced = true;
                    break;
                }
            }
            if (!referenced) {
                diagnostics.warning(
                        "runbook.orphan",
                        runbook.meta().origin(),
                        "Runbook '" + runbook.id().name() + "' is not referenced by any SPOF, drill, postmortem or other record.",
                        "Point a SPOF's `runbook:` at it, or link it from another record, so on-call can find it.");
            }
        }
    }

    private static Collection<String> namesOf(Catalog catalog, Set<EntryKind> kinds) {
        return kinds.stream().flatMap(k -> catalog.ofKind(k).stream()).map(e -> e.id().name()).toList();
    }

    private static final Comparator<Edge> EDGE_ORDER =
            Comparator.comparing(Edge::from).thenComparing(Edge::to).thenComparing(Edge::via);

    /** The resolved edges from one entry, without duplicates, sorted; unresolvable ones are reported. */
    private static List<Edge> edgesFrom(Entry entry, Catalog catalog, Conversions conversions, Diagnostics diagnostics) {
        Set<Edge> edges = new HashSet<>();
        for (Reference ref : entry.references()) {
            resolveReference(catalog, ref, diagnostics).ifPresent(to -> edges.add(new Edge(entry.id(), to, ref.field())));
        }
        for (Link link : conversions.links(entry.id())) {
            resolveLink(catalog, link, diagnostics).ifPresent(to -> edges.add(new Edge(entry.id(), to, Edge.VIA_LINK)));
        }
        return edges.stream().sorted(EDGE_ORDER).toList();
    }
}
