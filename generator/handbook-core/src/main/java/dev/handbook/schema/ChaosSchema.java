package dev.handbook.schema;

import dev.handbook.model.ChaosResult;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.Reference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The fields of a chaos experiment log. */
public final class ChaosSchema {

    private ChaosSchema() {}

    public static final FieldKey<LocalDate> DATE = FieldKey.date("date", "When it was run.").required();
    public static final FieldKey<Markup> HYPOTHESIS = FieldKey.text("hypothesis", "The measurable steady state expected to hold.").requiredByHand();
    public static final FieldKey<Markup> FAULT = FieldKey.text("fault", "What was injected, and where.").required();
    public static final FieldKey<String> TOOL = FieldKey.string("tool", "What injected it, e.g. `tc netem`.");
    public static final FieldKey<Markup> BLAST_RADIUS = FieldKey.text("blast_radius", "What the experiment could affect.");
    public static final FieldKey<List<Markup>> ABORT_CONDITIONS = FieldKey.texts("abort_conditions", "When to stop at once.");
    public static final FieldKey<ChaosResult> RESULT = FieldKey.oneOf("result", ChaosResult.class, "Whether the hypothesis held. A run read from a"
            + " tool that records no verdict (Chaos Mesh) may have none: it shows as \"no result recorded\" and counts for no cadence.").requiredByHand();
    public static final FieldKey<Markup> OBSERVATIONS = FieldKey.text("observations", "What was seen.");
    public static final FieldKey<List<Markup>> FINDINGS = FieldKey.texts("findings", "What was learned.");
    public static final FieldKey<List<Reference>> TARGETS =
            FieldKey.refs("targets", "The SPOFs and services exercised.", EntryKind.SPOF, EntryKind.SERVICE);
    public static final FieldKey<List<Reference>> RUNBOOKS = FieldKey.refs("runbooks", "The runbooks exercised.", EntryKind.RUNBOOK);
    public static final FieldKey<Instant> STARTED = FieldKey.timestamp("started", "When the run started, e.g. `2026-11-18T13:30:05Z`.");
    public static final FieldKey<Instant> ENDED = FieldKey.timestamp("ended", "When it ended.");
    public static final FieldKey<Duration> DURATION = FieldKey.duration("duration", "How long the fault was set to last, e.g. `5m`.");
    public static final FieldKey<List<Fields>> PROBES =
            FieldKey.objects("probes", ChaosRunSchema.PROBE, "The steady-state probes, shown as a before / after table.");
    public static final FieldKey<List<Fields>> ACTIVITIES =
            FieldKey.objects("activities", ChaosRunSchema.ACTIVITY, "The run's steps with their durations.");
    public static final FieldKey<Markup> REASON = FieldKey.text("reason", "Why the run was aborted, or what went wrong.");
    public static final FieldKey<String> EVIDENCE = FieldKey.string("evidence", "The tool's own file the record comes from (a `journal.json`),"
            + " relative to this record's file; it is copied into the site and linked from the page. Readers set it to the file they read.");

    public static final RecordSchema RECORD = CommonSchema.entry(
            EntryKind.CHAOS,
            "A chaos experiment log, as a YAML record, or read from a tool's output (a Chaos Toolkit journal, a LitmusChaos"
                    + " ChaosResult, a Chaos Mesh object) by a source with `kind: chaos`.",
            false,
            DATE, HYPOTHESIS, FAULT, TOOL, BLAST_RADIUS, ABORT_CONDITIONS, RESULT, OBSERVATIONS, FINDINGS, ActionItemSchema.ITEMS, TARGETS,
            RUNBOOKS, STARTED, ENDED, DURATION, PROBES, ACTIVITIES, REASON, EVIDENCE);
}
