package dev.handbook.schema;

import dev.handbook.model.ActivityType;
import dev.handbook.model.ProbeResult;
import java.time.Duration;
import java.time.Instant;

/**
 * The parts of a chaos experiment read from a tool's run (a journal's probes and steps); a hand-written record may use
 * them too.
 */
public final class ChaosRunSchema {

    private ChaosRunSchema() {}

    public static final FieldKey<String> PROBE_NAME = FieldKey.string("name", "What it measures.").required();
    public static final FieldKey<String> PROBE_TOLERANCE = FieldKey.string("tolerance", "What it had to return, e.g. `200` or `[0, 0.5]`.");
    public static final FieldKey<ProbeResult> PROBE_BEFORE =
            FieldKey.oneOf("before", ProbeResult.class, "Its result before the fault; absent when not checked.");
    public static final FieldKey<ProbeResult> PROBE_AFTER =
            FieldKey.oneOf("after", ProbeResult.class, "Its result after the fault; absent when the run stopped first.");

    public static final RecordSchema PROBE = RecordSchema.of("chaos probe",
            "One probe of the steady-state hypothesis, checked before the fault and after it.", PROBE_NAME, PROBE_TOLERANCE, PROBE_BEFORE, PROBE_AFTER);

    public static final FieldKey<String> ACTIVITY_NAME = FieldKey.string("name", "As the tool named it.").required();
    public static final FieldKey<ActivityType> ACTIVITY_TYPE = FieldKey.oneOf("type", ActivityType.class, "What it did.").required();
    public static final FieldKey<String> ACTIVITY_STATUS = FieldKey.string("status", "As the tool wrote it: `succeeded`, `failed`, `skipped`.");
    public static final FieldKey<Instant> ACTIVITY_STARTED = FieldKey.timestamp("started", "When it started, e.g. `2026-11-18T13:30:05Z`.");
    public static final FieldKey<Duration> ACTIVITY_DURATION = FieldKey.duration("duration", "How long it ran, e.g. `12s`.");

    public static final RecordSchema ACTIVITY = RecordSchema.of("chaos activity", "One step of the run: an action (the fault), a probe, or a rollback.",
            ACTIVITY_NAME, ACTIVITY_TYPE, ACTIVITY_STATUS, ACTIVITY_STARTED, ACTIVITY_DURATION);
}
