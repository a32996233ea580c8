package dev.handbook.schema;

import static dev.handbook.schema.FieldSpec.of;
import static dev.handbook.schema.FieldSpec.oneOf;
import static dev.handbook.schema.FieldType.DURATION;
import static dev.handbook.schema.FieldType.STRING;
import static dev.handbook.schema.FieldType.TIMESTAMP;

import dev.handbook.model.ActivityType;
import dev.handbook.model.BackupState;
import dev.handbook.model.ProbeResult;
import java.util.List;

/**
 * The parts of records read from a tool's run (a chaos journal's probes and steps, a backup tool's backup sets), kept
 * apart from {@link Schemas}' record kinds; a hand-written record may use them too.
 */
public final class RunSchemas {

    private RunSchemas() {}

    public static final RecordSchema CHAOS_PROBE =
            new RecordSchema(
                    "chaos probe",
                    "One probe of the steady-state hypothesis, checked before the fault and after it.",
                    List.of(
                            of("name", STRING, "What it measures.").asRequired(),
                            of("tolerance", STRING, "What it had to return, e.g. `200` or `[0, 0.5]`."),
                            oneOf("before", ProbeResult.class, "Its result before the fault; absent when not checked."),
                            oneOf("after", ProbeResult.class, "Its result after the fault; absent when the run stopped first.")));

    public static final RecordSchema CHAOS_ACTIVITY =
            new RecordSchema(
                    "chaos activity",
                    "One step of the run: an action (the fault), a probe, or a rollback.",
                    List.of(
                            of("name", STRING, "As the tool named it.").asRequired(),
                            oneOf("type", ActivityType.class, "What it did.").asRequired(),
                            of("status", STRING, "As the tool wrote it: `succeeded`, `failed`, `skipped`."),
                            of("started", TIMESTAMP, "When it started, e.g. `2026-11-18T13:30:05Z`."),
                            of("duration", DURATION, "How long it ran, e.g. `12s`.")));

    public static final RecordSchema BACKUP_RUN =
            new RecordSchema(
                    "backup run",
                    "One backup: a pgBackRest backup set or a Velero Backup.",
                    List.of(
                            of("label", STRING, "Its name, e.g. `20261206-020004F` or `basecamp-daily-20261206020012`.").asRequired(),
                            of("type", STRING, "`full`, `diff` or `incr` (pgBackRest)."),
                            oneOf("state", BackupState.class, "Defaults to `completed`; only a completed backup counts as taken."),
                            of("start", TIMESTAMP, "When it started."),
                            of("stop", TIMESTAMP, "When it finished; a backup counts as taken at this time."),
                            of("repo", STRING, "The repository or storage location it went to."),
                            of("size", STRING, "The database size in bytes."),
                            of("repo_size", STRING, "The bytes the repository holds for it."),
                            of("delta", STRING, "The bytes this backup added to the repository."),
                            of("archive_start", STRING, "The first WAL segment a restore needs."),
                            of("archive_stop", STRING, "The last WAL segment a consistent restore needs."),
                            of("errors", STRING, "How many errors the tool reported."),
                            of("warnings", STRING, "How many warnings the tool reported."),
                            of("reason", STRING, "Why it failed, in the tool's words.")));
}
