package dev.handbook.parse;

import dev.handbook.model.Entry;
import dev.handbook.model.EntryMeta;
import dev.handbook.model.Markup;
import dev.handbook.schema.Fields;
import java.util.Optional;

/**
 * Builds the record of each kind from fields already checked against its schema, through the factory of its kind; each
 * reads its fields through the typed keys of its kind's schema ({@code RunbookSchema}, …), never by name.
 */
final class EntryFactory {

    private EntryFactory() {}

    /** @param body the body under the front matter; empty for a YAML record */
    static Entry create(EntryMeta meta, Fields f, Optional<Markup> body, int adrNumber) {
        switch (meta.id().kind()) {
            case RUNBOOK:
                return DocumentFactory.runbook(meta, f, body);
            case ADR:
                return DocumentFactory.adr(meta, f, body, adrNumber);
            case POSTMORTEM:
                return DocumentFactory.postmortem(meta, f, body);
            case SPOF:
                return RiskFactory.spof(meta, f);
            case SERVICE:
                return RiskFactory.service(meta, f);
            case DRILL:
                return ExerciseFactory.drill(meta, f);
            case CHAOS:
                return ExerciseFactory.chaos(meta, f);
            case BACKUP:
                return ExerciseFactory.backup(meta, f);
            default:
                throw new IllegalStateException("No factory for " + meta.id().kind());
        }
    }
}
