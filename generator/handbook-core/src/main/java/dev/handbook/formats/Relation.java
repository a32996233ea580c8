package dev.handbook.formats;

import dev.handbook.schema.AdrSchema;
import dev.handbook.diagnostics.SourcePosition;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A relation between two decisions as a file writes it: {@code Amends [3. Use MySQL](0003-use-mysql.md)}.
 *
 * @param verb the verb in the file's own words ({@code Amended by}), shown on the page as written
 * @param target the id of the other decision, by {@link IdNames#fromFileName}
 * @param where where the target is written
 */
record Relation(String verb, String target, SourcePosition where) {

    /**
     * The verbs that are supersession, which handbook's schema models as {@code supersedes} and
     * {@code superseded_by}, including adr-tools' own spelling ({@code Supercedes}); data, so more can be added.
     */
    private static final Map<String, String> SCHEMA_FIELDS =
            Map.of(
                    "supersedes", AdrSchema.SUPERSEDES.name(),
                    "supercedes", AdrSchema.SUPERSEDES.name(),
                    "replaces", AdrSchema.SUPERSEDES.name(),
                    "superseded by", AdrSchema.SUPERSEDED_BY.name(),
                    "superceded by", AdrSchema.SUPERSEDED_BY.name(),
                    "replaced by", AdrSchema.SUPERSEDED_BY.name());

    /** The schema field this relation is, if it is a supersession; other verbs go under {@code relations}. */
    Optional<String> schemaField() {
        String words = verb.strip().replaceAll("\\s+", " ").replaceAll("[:.]+$", "").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(SCHEMA_FIELDS.get(words));
    }
}
