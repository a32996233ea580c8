package dev.handbook.schema;

import java.time.Period;

/** The fields of a cadence, and the {@code cadence} field of SPOFs and services. */
public final class CadenceSchema {

    private CadenceSchema() {}

    public static final FieldKey<Period> DRILL = FieldKey.interval("drill", "DR drill or game day (site default 90d).");
    public static final FieldKey<Period> CHAOS = FieldKey.interval("chaos", "Chaos experiment (site default 7d).");
    public static final FieldKey<Period> BACKUP = FieldKey.interval("backup",
            "A backup taken: a completed backup in a `backup` record (pgBackRest, Velero) that targets it (site default 1d).");
    public static final FieldKey<Period> RESTORE = FieldKey.interval("restore",
            "A restore verified: a passed or partial backup-restore drill (a completed Velero Restore), or a passing"
                    + " snippet with `proves: restore` (site default 1d). Backups and restores are both required where the SPOF or service"
                    + " itself sets `backup` or `restore`, or where `dr_strategy` is `backup-restore`.");

    public static final RecordSchema RECORD = RecordSchema.of(
            "cadence", "How often something must be exercised; each part overrides the site default.", DRILL, CHAOS, BACKUP, RESTORE);

    /** A SPOF's or service's own cadences. */
    public static final FieldKey<Fields> OVERRIDES = FieldKey.object("cadence", RECORD, "Overrides of the site's exercise cadences.");
}
