package dev.handbook.schema;

import static dev.handbook.schema.FieldSpec.object;
import static dev.handbook.schema.FieldSpec.objects;
import static dev.handbook.schema.FieldSpec.of;
import static dev.handbook.schema.FieldSpec.oneOf;
import static dev.handbook.schema.FieldSpec.ref;
import static dev.handbook.schema.FieldSpec.refs;
import static dev.handbook.schema.FieldType.BOOLEAN;
import static dev.handbook.schema.FieldType.DATE;
import static dev.handbook.schema.FieldType.DURATION;
import static dev.handbook.schema.FieldType.ID;
import static dev.handbook.schema.FieldType.INTERVAL;
import static dev.handbook.schema.FieldType.PERIOD;
import static dev.handbook.schema.FieldType.STRING;
import static dev.handbook.schema.FieldType.STRINGS;
import static dev.handbook.schema.FieldType.TEXT;
import static dev.handbook.schema.FieldType.TEXTS;
import static dev.handbook.schema.FieldType.TIME;
import static dev.handbook.schema.FieldType.TIMESTAMP;

import dev.handbook.model.ActionStatus;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.DrStrategy;
import dev.handbook.model.DrillKind;
import dev.handbook.model.DrillOutcome;
import dev.handbook.model.EntryKind;
import dev.handbook.model.IncidentSeverity;
import dev.handbook.model.SpofStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The content model: every field of every record form. The parser validates against it, and the JSON Schema files and
 * the reference in docs/ are generated from it, so the three cannot drift apart.
 */
public final class Schemas {

    private Schemas() {}

    private static final EntryKind[] SPOF_OR_SERVICE = {EntryKind.SPOF, EntryKind.SERVICE};

    public static final RecordSchema ACTION_ITEM =
            new RecordSchema(
                    "action item",
                    "A follow-up with an owner and a due date.",
                    List.of(
                            of("id", STRING, "Unique within its record, e.g. `PM-2026-06-1`.").asRequired(),
                            of("title", STRING, "What will be done.").asRequired(),
                            of("owner", STRING, "Who does it. An open item without one is a warning."),
                            of("due", DATE, "When it is due. An open item without one is a warning."),
                            oneOf("status", ActionStatus.class, "Defaults to `open`.")));

    public static final RecordSchema TIMELINE_EVENT =
            new RecordSchema(
                    "timeline event",
                    "One moment of an incident.",
                    List.of(
                            of("time", TIME, "When it happened.").asRequired(),
                            of("event", TEXT, "What happened.").asRequired()));

    public static final RecordSchema CADENCE =
            new RecordSchema(
                    "cadence",
                    "How often something must be exercised; each part overrides the site default.",
                    List.of(
                            of("drill", INTERVAL, "DR drill or game day (site default 90d)."),
                            of("chaos", INTERVAL, "Chaos experiment (site default 7d)."),
                            of("backup", INTERVAL, "A backup taken: a completed backup in a `backup` record (pgBackRest, Velero) that targets it (site default 1d)."),
                            of("restore", INTERVAL, "A restore verified: a passed or partial backup-restore drill (a completed Velero Restore), or a passing"
                                    + " snippet with `proves: restore` (site default 1d). Backups and restores are both required where the SPOF or service"
                                    + " itself sets `backup` or `restore`, or where `dr_strategy` is `backup-restore`.")));

    public static final RecordSchema VERIFY_ITEM =
            new RecordSchema(
                    "verification snippet",
                    "A check that `--verify` runs at build time; the result is shown on the record's page.",
                    List.of(
                            of("name", STRING, "What it checks."),
                            of("run", STRING, "The commands, run by `shell`.").asRequired(),
                            of("shell", STRING, "`sh` (default) or `bash`."),
                            of("expect_exit", STRING, "The exit code it must end with (default 0)."),
                            of("expect_output", STRING, "Text its output must contain, or `/regex/` it must match."),
                            of("timeout", STRING, "How long it may run, e.g. `20s` (default 30s); then its whole process tree is killed."),
                            of("requires", STRINGS, "Tools that must be on PATH, or it is skipped."),
                            of("env", STRINGS, "Variables passed through from the builder's environment; their values are masked in output."),
                            of("cwd", STRING, "`content` to run in the content folder; default a fresh temporary folder."),
                            of("proves", STRING, "`restore`: when it passes, it is a verified restore, at the time it finished, for the record's SPOF"
                                    + " or service (its own snippet) or for the record's `targets` (a drill's, a backup's).")));

    private static final List<FieldSpec> COMMON =
            List.of(
                    of("id", ID, "Unique across the handbook, whatever the case. Defaults to the file name without extension, lower-cased, spaces and `_` as `-`."),
                    of("title", STRING, "The record's name as shown everywhere.").asRequired(),
                    of("owner", STRING, "The owning team or person."),
                    of("tags", STRINGS, "Free-form labels."),
                    objects("verify", VERIFY_ITEM, "Verification snippets run by `--verify`."));

    public static final RecordSchema RUNBOOK =
            entry(
                    EntryKind.RUNBOOK,
                    "An operational procedure, in Markdown or AsciiDoc with this YAML front matter.",
                    true,
                    of("last_reviewed", DATE, "When it was last checked against reality."),
                    of("review_every", PERIOD, "How often it must be reviewed (site default `review.every`, 90d)."),
                    refs("spofs", "The single points of failure it handles.", EntryKind.SPOF),
                    refs("services", "The services it applies to.", EntryKind.SERVICE),
                    of("when_to_use", TEXT, "The symptoms or alerts that send someone here."));

    public static final RecordSchema ADR_RELATION =
            new RecordSchema(
                    "relation",
                    "A relation to another decision other than supersession, in the file's own words.",
                    List.of(
                            of("verb", STRING, "As written, e.g. `Amends`, `Clarified by`.").asRequired(),
                            ref("target", "The other decision.", EntryKind.ADR).asRequired()));

    public static final RecordSchema ADR =
            entry(
                    EntryKind.ADR,
                    "An architecture decision record, named `NNNN-slug.md` (or `.adoc`), with this front matter.",
                    false,
                    oneOf("status", AdrStatus.class, "Where the decision is in its lifecycle.").asRequired(),
                    of("date", DATE, "When it was decided.").asRequired(),
                    of("deciders", STRINGS, "Who decided."),
                    refs("supersedes", "Decisions this one replaces; their side is derived.", EntryKind.ADR),
                    refs("superseded_by", "Decisions that replace this one; their side is derived.", EntryKind.ADR),
                    objects("relations", ADR_RELATION, "Other relations (amends, clarifies, any verb), shown in the verb's own words."),
                    of("review_by", DATE, "When the decision must be revisited."));

    public static final RecordSchema POSTMORTEM =
            entry(
                    EntryKind.POSTMORTEM,
                    "A blameless incident review: Markdown or AsciiDoc with this front matter, or a pure YAML record.",
                    false,
                    of("date", DATE, "When the incident began.").asRequired(),
                    oneOf("severity", IncidentSeverity.class, "SEV1 is the worst.").asRequired(),
                    of("duration", DURATION, "From impact start to resolution."),
                    of("impact", TEXT, "What users and the business saw."),
                    of("detection", TEXT, "How it was noticed: which alert, or which customer."),
                    of("simulated", BOOLEAN, "`true` for an incident staged during a game day."),
                    of("summary", TEXT, "A short account, for records without a body."),
                    objects("timeline", TIMELINE_EVENT, "What happened when."),
                    of("root_cause", TEXT, "The underlying cause."),
                    of("contributing_factors", TEXTS, "What made it worse or likelier."),
                    of("five_whys", TEXTS, "The chain of whys, in order."),
                    of("went_well", TEXTS, "What helped."),
                    of("went_wrong", TEXTS, "What hurt."),
                    of("lucky", TEXTS, "Where we got lucky."),
                    objects("action_items", ACTION_ITEM, "Follow-ups."),
                    refs("spofs", "The single points of failure that failed.", EntryKind.SPOF),
                    refs("services", "The services affected.", EntryKind.SERVICE),
                    refs("runbooks", "The runbooks used.", EntryKind.RUNBOOK));

    public static final RecordSchema SPOF =
            entry(
                    EntryKind.SPOF,
                    "A single point of failure, as a YAML record.",
                    true,
                    of("component", TEXT, "The component that can fail.").asRequired(),
                    ref("service", "The service it belongs to.", EntryKind.SERVICE),
                    of("failure_mode", TEXT, "How it fails.").asRequired(),
                    of("blast_radius", TEXT, "What breaks when it fails."),
                    of("detection", TEXT, "Which alert or telemetry surfaces the failure."),
                    ref("runbook", "The runbook to follow when it fails.", EntryKind.RUNBOOK),
                    of("rto_target", DURATION, "Recovery time objective."),
                    of("rpo_target", DURATION, "Recovery point objective."),
                    oneOf("dr_strategy", DrStrategy.class, "The disaster-recovery strategy."),
                    of("degradation", TEXT, "What users see while it is down."),
                    of("prevention", TEXT, "What keeps it from failing, or would remove it."),
                    oneOf("status", SpofStatus.class, "Whether it is still a risk.").asRequired(),
                    refs("adrs", "The decisions that chose its DR strategy.", EntryKind.ADR),
                    object("cadence", CADENCE, "Overrides of the site's exercise cadences."));

    public static final RecordSchema DRILL =
            entry(
                    EntryKind.DRILL,
                    "A DR drill, game day, backup-restore test or tabletop exercise, as a YAML record.",
                    false,
                    of("date", DATE, "When it was run.").asRequired(),
                    oneOf("kind", DrillKind.class, "What kind of exercise.").asRequired(),
                    of("scenario", TEXT, "What was simulated.").asRequired(),
                    refs("targets", "The SPOFs and services exercised.", SPOF_OR_SERVICE),
                    ref("runbook", "The runbook followed.", EntryKind.RUNBOOK),
                    of("participants", STRINGS, "Who took part."),
                    of("rto_target", DURATION, "Recovery time objective for the scenario."),
                    of("rto_measured", DURATION, "Recovery time achieved."),
                    of("rpo_target", DURATION, "Recovery point objective for the scenario."),
                    of("rpo_measured", DURATION, "Data loss window achieved."),
                    oneOf("outcome", DrillOutcome.class, "How it went.").asRequired(),
                    of("finished", TIMESTAMP, "When it ended, to the second (a Velero Restore's completion); cadences count from it."),
                    of("from_backup", STRING, "The backup it restored (a Velero Restore's `spec.backupName`); links to that backup record when there is one."),
                    of("findings", TEXTS, "What was learned."),
                    objects("action_items", ACTION_ITEM, "Follow-ups."));

    public static final RecordSchema CHAOS =
            entry(
                    EntryKind.CHAOS,
                    "A chaos experiment log, as a YAML record, or read from a tool's output (a Chaos Toolkit journal, a LitmusChaos"
                            + " ChaosResult, a Chaos Mesh object) by a source with `kind: chaos`.",
                    false,
                    of("date", DATE, "When it was run.").asRequired(),
                    of("hypothesis", TEXT, "The measurable steady state expected to hold.").asRequiredByHand(),
                    of("fault", TEXT, "What was injected, and where.").asRequired(),
                    of("tool", STRING, "What injected it, e.g. `tc netem`."),
                    of("blast_radius", TEXT, "What the experiment could affect."),
                    of("abort_conditions", TEXTS, "When to stop at once."),
                    oneOf("result", ChaosResult.class, "Whether the hypothesis held. A run read from a tool that records no verdict"
                            + " (Chaos Mesh) may have none: it shows as \"no result recorded\" and counts for no cadence.").asRequiredByHand(),
                    of("observations", TEXT, "What was seen."),
                    of("findings", TEXTS, "What was learned."),
                    objects("action_items", ACTION_ITEM, "Follow-ups."),
                    refs("targets", "The SPOFs and services exercised.", SPOF_OR_SERVICE),
                    refs("runbooks", "The runbooks exercised.", EntryKind.RUNBOOK),
                    of("started", TIMESTAMP, "When the run started, e.g. `2026-11-18T13:30:05Z`."),
                    of("ended", TIMESTAMP, "When it ended."),
                    of("duration", DURATION, "How long the fault was set to last, e.g. `5m`."),
                    objects("probes", RunSchemas.CHAOS_PROBE, "The steady-state probes, shown as a before / after table."),
                    objects("activities", RunSchemas.CHAOS_ACTIVITY, "The run's steps with their durations."),
                    of("reason", TEXT, "Why the run was aborted, or what went wrong."),
                    of("evidence", STRING, "The tool's own file the record comes from (a `journal.json`), relative to this record's"
                            + " file; it is copied into the site and linked from the page. Readers set it to the file they read."));

    public static final RecordSchema SERVICE =
            entry(
                    EntryKind.SERVICE,
                    "A service or tier with its recovery targets, as a YAML record.",
                    true,
                    of("tier", STRING, "Its criticality tier, e.g. `0` for the most critical.").asRequired(),
                    of("description", TEXT, "What it does."),
                    of("rto_target", DURATION, "Recovery time objective."),
                    of("rpo_target", DURATION, "Recovery point objective."),
                    oneOf("dr_strategy", DrStrategy.class, "The disaster-recovery strategy."),
                    refs("depends_on", "The services it needs.", EntryKind.SERVICE),
                    object("cadence", CADENCE, "Overrides of the site's exercise cadences."));

    public static final RecordSchema BACKUP =
            entry(
                    EntryKind.BACKUP,
                    "Evidence that backups were taken (not that a restore works): a YAML record, or a tool's output read by a source's `format:`"
                            + " (`pgbackrest`, `velero`).",
                    false,
                    of("tool", STRING, "What took the backups, e.g. `pgbackrest`."),
                    refs("targets", "The SPOFs and services whose backups these are.", SPOF_OR_SERVICE),
                    of("status_code", STRING, "The repository's status code as the tool reports it (pgBackRest: `0` is ok)."),
                    of("status", STRING, "The repository's status message, e.g. `ok`."),
                    of("system_id", STRING, "The database's system identifier, kept exact."),
                    of("namespaces", STRINGS, "What the backups cover: namespaces, databases."),
                    objects("backups", RunSchemas.BACKUP_RUN, "The backups, in any order; the newest completed one is the record's time."));

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

    private static RecordSchema entry(EntryKind kind, String description, boolean ownerRequired, FieldSpec... own) {
        List<FieldSpec> fields = new ArrayList<>();
        for (FieldSpec common : COMMON) {
            fields.add(ownerRequired && common.name().equals("owner") ? common.asRequired() : common);
        }
        fields.addAll(Arrays.asList(own));
        return new RecordSchema(kind.key(), description, fields);
    }
}
