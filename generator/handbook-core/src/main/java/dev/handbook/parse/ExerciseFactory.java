package dev.handbook.parse;

import dev.handbook.model.Backup;
import dev.handbook.model.BackupRun;
import dev.handbook.model.BackupState;
import dev.handbook.model.ChaosActivity;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.ChaosProbe;
import dev.handbook.model.Drill;
import dev.handbook.model.EntryMeta;
import dev.handbook.schema.BackupSchema;
import dev.handbook.schema.ChaosRunSchema;
import dev.handbook.schema.ChaosSchema;
import dev.handbook.schema.DrillSchema;
import dev.handbook.schema.Fields;

/** Builds the evidence that a SPOF or service was exercised: drills, chaos experiments and backups. */
final class ExerciseFactory {

    private ExerciseFactory() {}

    static Drill drill(EntryMeta meta, Fields f) {
        return new Drill(
                meta,
                f.get(DrillSchema.DATE),
                f.get(DrillSchema.KIND),
                f.get(DrillSchema.SCENARIO),
                f.get(DrillSchema.TARGETS),
                f.get(DrillSchema.RUNBOOK),
                f.get(DrillSchema.PARTICIPANTS),
                f.get(DrillSchema.RTO_TARGET),
                f.get(DrillSchema.RTO_MEASURED),
                f.get(DrillSchema.RPO_TARGET),
                f.get(DrillSchema.RPO_MEASURED),
                f.get(DrillSchema.OUTCOME),
                f.get(DrillSchema.FINISHED),
                f.get(DrillSchema.FROM_BACKUP),
                f.get(DrillSchema.FINDINGS),
                RecordParts.actionItems(f));
    }

    static ChaosExperiment chaos(EntryMeta meta, Fields f) {
        return new ChaosExperiment(
                meta,
                f.get(ChaosSchema.DATE),
                f.get(ChaosSchema.HYPOTHESIS),
                f.get(ChaosSchema.FAULT),
                f.get(ChaosSchema.TOOL),
                f.get(ChaosSchema.BLAST_RADIUS),
                f.get(ChaosSchema.ABORT_CONDITIONS),
                f.get(ChaosSchema.RESULT),
                f.get(ChaosSchema.OBSERVATIONS),
                f.get(ChaosSchema.FINDINGS),
                RecordParts.actionItems(f),
                f.get(ChaosSchema.TARGETS),
                f.get(ChaosSchema.RUNBOOKS),
                f.get(ChaosSchema.STARTED),
                f.get(ChaosSchema.ENDED),
                f.get(ChaosSchema.DURATION),
                f.get(ChaosSchema.PROBES).stream().map(ExerciseFactory::probe).toList(),
                f.get(ChaosSchema.ACTIVITIES).stream().map(ExerciseFactory::activity).toList(),
                f.get(ChaosSchema.REASON),
                RecordParts.besideRecord(meta, f.get(ChaosSchema.EVIDENCE)));
    }

    static Backup backup(EntryMeta meta, Fields f) {
        return new Backup(
                meta,
                f.get(BackupSchema.TOOL, ""),
                f.get(BackupSchema.TARGETS),
                f.get(BackupSchema.STATUS_CODE),
                f.get(BackupSchema.STATUS),
                f.get(BackupSchema.SYSTEM_ID),
                f.get(BackupSchema.NAMESPACES),
                f.get(BackupSchema.BACKUPS).stream().map(ExerciseFactory::run).toList());
    }

    private static ChaosProbe probe(Fields p) {
        return new ChaosProbe(p.get(ChaosRunSchema.PROBE_NAME), p.get(ChaosRunSchema.PROBE_TOLERANCE, ""), p.get(ChaosRunSchema.PROBE_BEFORE),
                p.get(ChaosRunSchema.PROBE_AFTER));
    }

    private static ChaosActivity activity(Fields a) {
        return new ChaosActivity(a.get(ChaosRunSchema.ACTIVITY_NAME), a.get(ChaosRunSchema.ACTIVITY_TYPE), a.get(ChaosRunSchema.ACTIVITY_STATUS),
                a.get(ChaosRunSchema.ACTIVITY_STARTED), a.get(ChaosRunSchema.ACTIVITY_DURATION));
    }

    private static BackupRun run(Fields b) {
        return new BackupRun(b.get(BackupSchema.RUN_LABEL, ""), b.get(BackupSchema.RUN_TYPE, ""), b.get(BackupSchema.RUN_STATE, BackupState.COMPLETED),
                b.get(BackupSchema.RUN_START), b.get(BackupSchema.RUN_STOP), b.get(BackupSchema.RUN_REPO), b.get(BackupSchema.RUN_SIZE),
                b.get(BackupSchema.RUN_REPO_SIZE), b.get(BackupSchema.RUN_DELTA), b.get(BackupSchema.RUN_ARCHIVE_START),
                b.get(BackupSchema.RUN_ARCHIVE_STOP), b.get(BackupSchema.RUN_ERRORS), b.get(BackupSchema.RUN_WARNINGS), b.get(BackupSchema.RUN_REASON));
    }
}
