package dev.handbook.schema;

import dev.handbook.model.DrillKind;
import dev.handbook.model.DrillOutcome;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.Reference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The fields of a DR drill, game day, backup-restore test or tabletop. */
public final class DrillSchema {

    private DrillSchema() {}

    public static final FieldKey<LocalDate> DATE = FieldKey.date("date", "When it was run.").required();
    public static final FieldKey<DrillKind> KIND = FieldKey.oneOf("kind", DrillKind.class, "What kind of exercise.").required();
    public static final FieldKey<Markup> SCENARIO = FieldKey.text("scenario", "What was simulated.").required();
    public static final FieldKey<List<Reference>> TARGETS =
            FieldKey.refs("targets", "The SPOFs and services exercised.", EntryKind.SPOF, EntryKind.SERVICE);
    public static final FieldKey<Reference> RUNBOOK = FieldKey.ref("runbook", "The runbook followed.", EntryKind.RUNBOOK);
    public static final FieldKey<List<String>> PARTICIPANTS = FieldKey.strings("participants", "Who took part.");
    public static final FieldKey<Duration> RTO_TARGET = FieldKey.duration("rto_target", "Recovery time objective for the scenario.");
    public static final FieldKey<Duration> RTO_MEASURED = FieldKey.duration("rto_measured", "Recovery time achieved.");
    public static final FieldKey<Duration> RPO_TARGET = FieldKey.duration("rpo_target", "Recovery point objective for the scenario.");
    public static final FieldKey<Duration> RPO_MEASURED = FieldKey.duration("rpo_measured", "Data loss window achieved.");
    public static final FieldKey<DrillOutcome> OUTCOME = FieldKey.oneOf("outcome", DrillOutcome.class, "How it went.").required();
    public static final FieldKey<Instant> FINISHED = FieldKey.timestamp("finished",
            "When it ended, to the second (a Velero Restore's completion); cadences count from it.");
    public static final FieldKey<String> FROM_BACKUP = FieldKey.string("from_backup",
            "The backup it restored (a Velero Restore's `spec.backupName`); links to that backup record when there is one.");
    public static final FieldKey<List<Markup>> FINDINGS = FieldKey.texts("findings", "What was learned.");

    public static final RecordSchema RECORD = CommonSchema.entry(
            EntryKind.DRILL,
            "A DR drill, game day, backup-restore test or tabletop exercise, as a YAML record.",
            false,
            DATE, KIND, SCENARIO, TARGETS, RUNBOOK, PARTICIPANTS, RTO_TARGET, RTO_MEASURED, RPO_TARGET, RPO_MEASURED, OUTCOME, FINISHED,
            FROM_BACKUP, FINDINGS, ActionItemSchema.ITEMS);
}
