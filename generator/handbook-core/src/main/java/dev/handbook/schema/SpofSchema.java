package dev.handbook.schema;

import dev.handbook.model.DrStrategy;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.Reference;
import dev.handbook.model.SpofStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The fields of a single point of failure. */
public final class SpofSchema {

    private SpofSchema() {}

    public static final FieldKey<Markup> COMPONENT = FieldKey.text("component", "The component that can fail.").required();
    public static final FieldKey<Reference> SERVICE = FieldKey.ref("service", "The service it belongs to.", EntryKind.SERVICE);
    public static final FieldKey<Markup> FAILURE_MODE = FieldKey.text("failure_mode", "How it fails.").required();
    public static final FieldKey<Markup> BLAST_RADIUS = FieldKey.text("blast_radius", "What breaks when it fails.");
    public static final FieldKey<Markup> DETECTION = FieldKey.text("detection", "Which alert or telemetry surfaces the failure.");
    public static final FieldKey<Reference> RUNBOOK = FieldKey.ref("runbook", "The runbook to follow when it fails.", EntryKind.RUNBOOK);
    public static final FieldKey<Duration> RTO_TARGET = FieldKey.duration("rto_target", "Recovery time objective.");
    public static final FieldKey<Duration> RPO_TARGET = FieldKey.duration("rpo_target", "Recovery point objective.");
    public static final FieldKey<DrStrategy> DR_STRATEGY = FieldKey.oneOf("dr_strategy", DrStrategy.class, "The disaster-recovery strategy.");
    public static final FieldKey<Markup> DEGRADATION = FieldKey.text("degradation", "What users see while it is down.");
    public static final FieldKey<Markup> PREVENTION = FieldKey.text("prevention", "What keeps it from failing, or would remove it.");
    public static final FieldKey<SpofStatus> STATUS = FieldKey.oneOf("status", SpofStatus.class, "Whether it is still a risk.").required();
    public static final FieldKey<LocalDate> SINCE = FieldKey.date("since",
            "The day this SPOF was identified (YYYY-MM-DD): its first drill and chaos experiment are due one cadence period later, not at once.");
    public static final FieldKey<List<Reference>> ADRS = FieldKey.refs("adrs", "The decisions that chose its DR strategy.", EntryKind.ADR);

    public static final RecordSchema RECORD = CommonSchema.entry(
            EntryKind.SPOF,
            "A single point of failure, as a YAML record.",
            true,
            COMPONENT, SERVICE, FAILURE_MODE, BLAST_RADIUS, DETECTION, RUNBOOK, RTO_TARGET, RPO_TARGET, DR_STRATEGY, DEGRADATION, PREVENTION,
            STATUS, ADRS, SINCE, CadenceSchema.OVERRIDES);
}
