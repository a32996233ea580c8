package dev.handbook.schema;

import dev.handbook.model.EntryKind;

/**
 * The content model: every record form, each declared with its fields' typed keys in a class of its own
 * ({@link RunbookSchema}, {@link AdrSchema}, …). The parser validates against it and reads values through those keys, and
 * the JSON Schema files and the reference in docs/ are generated from it, so the three cannot drift apart.
 */
public final class Schemas {

    private Schemas() {}

    public static final RecordSchema ACTION_ITEM = ActionItemSchema.RECORD;
    public static final RecordSchema TIMELINE_EVENT = PostmortemSchema.TIMELINE_EVENT;
    public static final RecordSchema CADENCE = CadenceSchema.RECORD;
    public static final RecordSchema VERIFY_ITEM = VerifySchema.RECORD;
    public static final RecordSchema ADR_RELATION = AdrSchema.RELATION;
    public static final RecordSchema CHAOS_PROBE = ChaosRunSchema.PROBE;
    public static final RecordSchema CHAOS_ACTIVITY = ChaosRunSchema.ACTIVITY;
    public static final RecordSchema BACKUP_RUN = BackupSchema.RUN;

    public static final RecordSchema RUNBOOK = RunbookSchema.RECORD;
    public static final RecordSchema ADR = AdrSchema.RECORD;
    public static final RecordSchema POSTMORTEM = PostmortemSchema.RECORD;
    public static final RecordSchema SPOF = SpofSchema.RECORD;
    public static final RecordSchema DRILL = DrillSchema.RECORD;
    public static final RecordSchema CHAOS = ChaosSchema.RECORD;
    public static final RecordSchema SERVICE = ServiceSchema.RECORD;
    public static final RecordSchema BACKUP = BackupSchema.RECORD;

    public static RecordSchema forKind(EntryKind kind) {
        switch (kind) {
            case RUNBOOK:
                return RUNBOOK;
            case ADR:
                return ADR;
            case POSTMORTEM:
                return POSTMORTEM;
            case SPOF:
                return SPOF;
            case DRILL:
                return DRILL;
            case CHAOS:
                return CHAOS;
            case SERVICE:
                return SERVICE;
            case BACKUP:
                return BACKUP;
            default:
                throw new IllegalArgumentException("Unknown kind " + kind + ", possible kinds: " + EntryKind.keys());
        }
    }
}
