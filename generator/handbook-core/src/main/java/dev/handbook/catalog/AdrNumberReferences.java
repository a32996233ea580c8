package dev.handbook.catalog;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Adr;
import dev.handbook.model.AdrRelation;
import dev.handbook.model.Entry;
import dev.handbook.model.Reference;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves references between ADRs written by number ({@code supersedes ADR-0045}, {@code Superseded by ADR 12},
 * {@code adr-45}, {@code 0045}) to the id of the ADR with that number, as real collections write them while files are
 * named {@code 0045-use-x.md}. A reference that is some record's id stays as written; one whose number two ADRs share
 * is an error listing both. Later stages then see only ids, so pages link to the right ADR and supersession is
 * completed on the other side as for any id.
 */
final class AdrNumberReferences {

    private static final Pattern BY_NUMBER = Pattern.compile("(?i)(?:adr[-_ ]?)?0*(\\d{1,6})");

    private final Set<String> names;
    private final Map<Integer, List<Adr>> byNumber;
    private final Diagnostics diagnostics;

    private AdrNumberReferences(List<Entry> entries, Set<String> brokenIds, Diagnostics diagnostics) {
        this.names = entries.stream().map(e -> fold(e.id().name())).collect(Collectors.toCollection(HashSet::new));
        brokenIds.stream().map(AdrNumberReferences::fold).forEach(names::add);
        this.byNumber = entries.stream().filter(Adr.class::isInstance).map(Adr.class::cast).filter(a -> a.number() > 0)
                .collect(Collectors.groupingBy(Adr::number, TreeMap::new, Collectors.toList()));
        this.diagnostics = diagnostics;
    }

    /** {@code entries} (unique ids) with every ADR's references by number replaced by ids; ambiguous ones reported. */
    static List<Entry> resolve(List<Entry> entries, Set<String> brokenIds, Diagnostics diagnostics) {
        AdrNumberReferences resolver = new AdrNumberReferences(entries, brokenIds, diagnostics);
        return entries.stream().map(e -> e instanceof Adr adr ? resolver.resolved(adr) : e).toList();
    }

    private Adr resolved(Adr adr) {
        List<Reference> supersedes = adr.supersedes().stream().map(this::resolved).toList();
        List<Reference> supersededBy = adr.supersededBy().stream().map(this::resolved).toList();
        List<AdrRelation> relations = adr.relations().stream().map(r -> new AdrRelation(r.verb(), resolved(r.target()))).toList();
        return new Adr(adr.meta(), adr.number(), adr.status(), adr.date(), adr.deciders(), supersedes, supersededBy, relations,
                adr.reviewBy(), adr.content());
    }

    private Reference resolved(Reference ref) {
        Matcher number = BY_NUMBER.matcher(ref.target().strip());
        if (names.contains(fold(ref.target())) || !number.matches()) {
            return ref;
        }
        List<Adr> numbered = byNumber.getOrDefault(Integer.parseInt(number.group(1)), List.of());
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

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
