package dev.handbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An architecture decision record. Only the {@code supersedes} side of a pair need be written; the catalog derives the
 * other.
 *
 * @param number the NNNN prefix of its file name; for ADRs read in place, the leading digits (0 when it has none)
 * @param relations relations other than supersession, as written; their targets count as references
 * @param reviewBy null when the decision has no review date
 */
public record Adr(
        EntryMeta meta,
        int number,
        AdrStatus status,
        LocalDate date,
        List<String> deciders,
        List<Reference> supersedes,
        List<Reference> supersededBy,
        List<AdrRelation> relations,
        LocalDate reviewBy,
        Markup content)
        implements Entry {

    public Adr {
        deciders = List.copyOf(deciders);
        supersedes = List.copyOf(supersedes);
        supersededBy = List.copyOf(supersededBy);
        relations = List.copyOf(relations);
    }

    @Override
    public List<Reference> references() {
        return Lists.of(supersedes, supersededBy, relations.stream().map(AdrRelation::target).toList());
    }

    @Override
    public List<Markup> markups() {
        return List.of(content);
    }

    @Override
    public Optional<Markup> body() {
        return Optional.of(content);
    }

    @Override
    public <R> R accept(EntryVisitor<R> visitor) {
        return visitor.visitAdr(this);
    }
}
