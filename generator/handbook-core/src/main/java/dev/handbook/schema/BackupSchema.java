package dev.handbook.schema;

import dev.handbook.model.BackupState;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Reference;
import java.time.Instant;
import java.util.List;

/** The fields of a backup record, and of each backup it lists. */
public final class BackupSchema {

    private BackupSchema() {}

    public static final FieldKey<String> RUN_LABEL =
            FieldKey.string("label", "Its name, e.g. `20261206-020004F` or `basecamp-daily-20261206020012`.").required();
    public static final FieldKey<String> RUN_TYPE = FieldKey.string("type", "`full`, `diff` or `incr` (pgBackRest).");
    public static final FieldKey<BackupState> RUN_STATE =
            FieldKey.oneOf("state", BackupState.class, "Defaults to `completed`; only a completed backup counts as taken.");
    public static final FieldKey<Instant> RUN_START = FieldKey.timestamp("start", "When it started.");
    public static final FieldKey<Instant> RUN_STOP = FieldKey.timestamp("stop", "When it finished; a backup counts as taken at this time.");
    public static final FieldKey<String> RUN_REPO = FieldKey.string("repo", "The repository or storage location it went to.");
    public static final FieldKey<String> RUN_SIZE = FieldKey.string("size", "The database size in bytes.");
    public static final FieldKey<String> RUN_REPO_SIZE = FieldKey.string("repo_size", "The bytes the repository holds for it.");
    public static final FieldKey<String> RUN_DELTA = FieldKey.string("delta", "The bytes this backup added to the repository.");
    public static final FieldKey<String> RUN_ARCHIVE_START = FieldKey.string("archive_start", "The first WAL segment a restore needs.");
    public static final FieldKey<String> RUN_ARCHIVE_STOP = FieldKey.string("archive_stop", "The last WAL segment a consistent restore needs.");
    public static final FieldKey<String> RUN_ERRORS = FieldKey.string("errors", "How many errors the tool reported.");
    public static final FieldKey<String> RUN_WARNINGS = FieldKey.string("warnings", "How many warnings the tool reported.");
    public static final FieldKey<String> RUN_REASON = FieldKey.string("reason", "Why it failed, in the tool's words.");

    /** One backup: the parts of a record read from a backup tool's run. */
    public static final RecordSchema RUN = RecordSchema.of("backup run", "One backup: a pgBackRest backup set or a Velero Backup.",
            RUN_LABEL, RUN_TYPE, RUN_STATE, RUN_START, RUN_STOP, RUN_REPO, RUN_SIZE, RUN_REPO_SIZE, RUN_DELTA, RUN_ARCHIVE_START, RUN_ARCHIVE_STOP,
            RUN_ERRORS, RUN_WARNINGS, RUN_REASON);

    public static final FieldKey<String> TOOL = FieldKey.string("tool", "What took the backups, e.g. `pgbackrest`.");
    public static final FieldKey<List<Reference>> TARGETS =
            FieldKey.refs("targets", "The SPOFs and services whose backups these are.", EntryKind.SPOF, EntryKind.SERVICE);
    public static final FieldKey<String> STATUS_CODE =
            FieldKey.string("status_code", "The repository's status code as the tool reports it (pgBackRest: `0` is ok).");
    public static final FieldKey<String> STATUS = FieldKey.string("status", "The repository's status message, e.g. `ok`.");
    public static final FieldKey<String> SYSTEM_ID = FieldKey.string("system_id", "The database's system identifier, kept exact.");
    public static final FieldKey<List<String>> NAMESPACES = FieldKey.strings("namespaces", "What the backups cover: namespaces, databases.");
    public static final FieldKey<List<Fields>> BACKUPS =
            FieldKey.objects("backups", RUN, "The backups, in any order; the newest completed one is the record's time.");

    public static final RecordSchema RECORD = CommonSchema.entry(
            EntryKind.BACKUP,
            "Evidence that backups were taken (not that a restore works): a YAML record, or a tool's output read by a source's `format:`"
                    + " (`pgbackrest`, `velero`).",
            false,
            TOOL, TARGETS, STATUS_CODE, STATUS, SYSTEM_ID, NAMESPACES, BACKUPS);
}
