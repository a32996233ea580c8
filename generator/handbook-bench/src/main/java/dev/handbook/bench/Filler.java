package dev.handbook.bench;

import java.util.SplittableRandom;

/**
 * Fills one planned record's fields and body from its own random source: the kind's filler writes what it knows
 * realistically, then {@link SchemaFields} adds what only the schema knows (a field or kind new to the model).
 */
final class Filler {

    private Filler() {}

    static void fill(Planner plan, Rec rec, SplittableRandom rng) {
        Prose prose = new Prose(rng, rec.topic);
        rec.fields.put("title", new Val.Str(rec.title));
        DocumentFiller documents = new DocumentFiller(plan, rec, prose);
        RecordFiller records = new RecordFiller(plan, rec, prose);
        switch (rec.kind) {
            case RUNBOOK -> documents.runbook();
            case ADR -> documents.adr();
            case POSTMORTEM -> documents.postmortem();
            case SPOF -> records.spof();
            case DRILL -> records.drill();
            case CHAOS -> records.chaos();
            case SERVICE -> records.service();
            case BACKUP -> records.backup();
            default -> documents.fromSchemaOnly();
        }
        new SchemaFields(plan, rec, prose).complete();
    }
}
