package dev.handbook.schema;

import dev.handbook.model.AdrStatus;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Reference;
import java.time.LocalDate;
import java.util.List;

/** The fields of an architecture decision record, and of its relations. */
public final class AdrSchema {

    private AdrSchema() {}

    public static final FieldKey<String> RELATION_VERB = FieldKey.string("verb", "As written, e.g. `Amends`, `Clarified by`.").required();
    public static final FieldKey<Reference> RELATION_TARGET = FieldKey.ref("target", "The other decision.", EntryKind.ADR).required();

    public static final RecordSchema RELATION = RecordSchema.of(
            "relation", "A relation to another decision other than supersession, in the file's own words.", RELATION_VERB, RELATION_TARGET);

    public static final FieldKey<AdrStatus> STATUS = FieldKey.oneOf("status", AdrStatus.class, "Where the decision is in its lifecycle.").required();
    public static final FieldKey<LocalDate> DATE = FieldKey.date("date", "When it was decided.").required();
    public static final FieldKey<List<String>> DECIDERS = FieldKey.strings("deciders", "Who decided.");
    public static final FieldKey<List<Reference>> SUPERSEDES =
            FieldKey.refs("supersedes", "Decisions this one replaces; their side is derived.", EntryKind.ADR);
    public static final FieldKey<List<Reference>> SUPERSEDED_BY =
            FieldKey.refs("superseded_by", "Decisions that replace this one; their side is derived.", EntryKind.ADR);
    public static final FieldKey<List<Fields>> RELATIONS =
            FieldKey.objects("relations", RELATION, "Other relations (amends, clarifies, any verb), shown in the verb's own words.");
    public static final FieldKey<LocalDate> REVIEW_BY = FieldKey.date("review_by", "When the decision must be revisited.");

    public static final RecordSchema RECORD = CommonSchema.entry(
            EntryKind.ADR,
            "An architecture decision record, named `NNNN-slug.md` (or `.adoc`), with this front matter.",
            false,
            STATUS, DATE, DECIDERS, SUPERSEDES, SUPERSEDED_BY, RELATIONS, REVIEW_BY);
}
