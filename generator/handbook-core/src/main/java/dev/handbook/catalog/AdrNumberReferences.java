package dev.handbook.catalog;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Adr;
import dev.handbook.model.AdrRelation;
import dev.handbook.model.Entry;
import dev.handbook.model.Reference;
import dev.handbook.model.ValueFormats;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Resolves references between ADRs written by number ({@code supersedes ADR-0045}, {@code Superseded by ADR 12},
 * {@code adr-45}, {@code 0045}) to the id of the ADR with that number, as real collections write them while files are
 * named {@code 0045-use-x.md}. A reference that is some record's id stays as written; one whose number two ADRs share
 * is an error listing both. Later stages then see only ids, so pages link to the right ADR and supersession is
 * completed on the other side as for any id.
 */
final class AdrNumberReferences {

    private final Set<String> names;
    private final Map<Integer, List<Adr>> byNumber;
    private final Diagnostics diagnostics;

    private AdrNumberReferences(List<Entry> entries, Set<String> brokenIds, Diagnostics diagnostics) {
        this.names = entries.stream().map(e -> ValueFormats.foldId(e.id().name())).collect(Collectors.toCollection(HashSet::new));
        brokenIds.stream().map(ValueFormats::foldId).forEach(names::add);
        this.byNumber = entries.stream().filter(Adr.class::isInstance).map(Adr.class::cast).filter(a -> a.number() > 0)
                .collect(Collectors.groupingBy(Adr::number, TreeMap::new, Collectors.toList()));
        this.diagnostics = diagnostics;
    }

    /** {@code entries} (unique ids) with every ADR's references by number replaced by ids; ambiguous ones reported. */
    static List<Entry> resolve(List<Entry> entries, Set<String> brokenIds, Diagnostics diagnostics) {
        AdrNumberReferences resolver = new AdrNumberReferences(entries, brokenIds, diagnostics);
        return entries.stream().map(e -> e instanceof Adr adr ? resolver.resolved(adr) : e).toList();
    }

    /** The ADR with its references by number resolved; the same object when it has none (a rebuild tells kept records by identity). */
    private Adr resolved(Adr adr) {
        List<Reference> supersedes = adr.supersedes().stream().map(this::resolved).toList();
        List<Reference> supersededBy = adr.supersededBy().stream().map(this::resolved).toList();
        List<AdrRelation> relations = adr.relations().stream().map(this::resolved).toList();
        if (same(supersedes, adr.supersedes()) && same(supersededBy, adr.supersededBy()) && same(relations, adr.relations())) {
            return adr;
        }
        return new Adr(adr.meta(), adr.number(), adr.status(), adr.date(), adr.deciders(), supersedes, supersededBy, relations,
                adr.reviewBy(), adr.content());
    }

    private AdrRelation resolved(AdrRelation relation) {
        Reference target = resolved(relation.target()); // once: an ambiguous number is reported here
        return target == relation.target() ? relation : new AdrRelation(relation.verb(), target);
    }

    private static <T> boolean same(List<T> resolved, List<T> written) {
        for (int i = 0; i < written.size(); i++) {
            if (resolved.get(i) != written.get(i)) {
                return false;
            }
        }
        return true;
    }

    private Reference resolved(Reference ref) {
        Optional<Integer> number = ValueFormats.adrNumber(ref.target());
        if (names.contains(ValueFormats.foldId(ref.target())) || number.isEmpty()) {
            return ref;
        }
        List<Adr> numbered = byNumber.getOrDefault(number.get(), List.of());
        if (numbered.size() > 1) {
            diagnostics.error("xref.adr-number", ref.where(),
                    "'" + ref.target() + "' in '" + ref.field() + "' could be any of " + numbered.size() + " ADRs numbered "
                            + numbered.get(0).number() + ": " + numbered.stream().map(a -> a.id().name() + " (" + a.meta().sourcePath() + ")")
                            .collect(Collectors.joining(", ")) + ".",
                    "Write the id of the one you mean, e.g. `" + numbered.get(0).id().name() + "`, or renumber one of them.");
            return ref;
        }
        return numbered.isEmpty() ? ref : new Reference(ref.field(), numbered.get(0).id().name(), ref.expected(), ref.where());
    }
}
