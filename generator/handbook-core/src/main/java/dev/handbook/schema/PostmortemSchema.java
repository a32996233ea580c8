package dev.handbook.schema;

import dev.handbook.model.EntryKind;
import dev.handbook.model.IncidentSeverity;
import dev.handbook.model.Markup;
import dev.handbook.model.Reference;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The fields of a postmortem, and of its timeline's events. */
public final class PostmortemSchema {

    private PostmortemSchema() {}

    public static final FieldKey<String> EVENT_TIME = FieldKey.time("time", "When it happened.").required();
    public static final FieldKey<Markup> EVENT_TEXT = FieldKey.text("event", "What happened.").required();

    public static final RecordSchema TIMELINE_EVENT = RecordSchema.of("timeline event", "One moment of an incident.", EVENT_TIME, EVENT_TEXT);

    public static final FieldKey<LocalDate> DATE = FieldKey.date("date", "When the incident began.").required();
    public static final FieldKey<IncidentSeverity> SEVERITY = FieldKey.oneOf("severity", IncidentSeverity.class, "SEV1 is the worst.").required();
    public static final FieldKey<Duration> DURATION = FieldKey.duration("duration", "From impact start to resolution.");
    public static final FieldKey<Markup> IMPACT = FieldKey.text("impact", "What users and the business saw.");
    public static final FieldKey<Markup> DETECTION = FieldKey.text("detection", "How it was noticed: which alert, or which customer.");
    public static final FieldKey<Boolean> SIMULATED = FieldKey.bool("simulated", "`true` for an incident staged during a game day.");
    public static final FieldKey<Markup> SUMMARY = FieldKey.text("summary", "A short account, for records without a body.");
    public static final FieldKey<List<Fields>> TIMELINE = FieldKey.objects("timeline", TIMELINE_EVENT, "What happened when.");
    public static final FieldKey<Markup> ROOT_CAUSE = FieldKey.text("root_cause", "The underlying cause.");
    public static final FieldKey<List<Markup>> CONTRIBUTING_FACTORS = FieldKey.texts("contributing_factors", "What made it worse or likelier.");
    public static final FieldKey<List<Markup>> FIVE_WHYS = FieldKey.texts("five_whys", "The chain of whys, in order.");
    public static final FieldKey<List<Markup>> WENT_WELL = FieldKey.texts("went_well", "What helped.");
    public static final FieldKey<List<Markup>> WENT_WRONG = FieldKey.texts("went_wrong", "What hurt.");
    public static final FieldKey<List<Markup>> LUCKY = FieldKey.texts("lucky", "Where we got lucky.");
    public static final FieldKey<List<Reference>> SPOFS = FieldKey.refs("spofs", "The single points of failure that failed.", EntryKind.SPOF);
    public static final FieldKey<List<Reference>> SERVICES = FieldKey.refs("services", "The services affected.", EntryKind.SERVICE);
    public static final FieldKey<List<Reference>> RUNBOOKS = FieldKey.refs("runbooks", "The runbooks used.", EntryKind.RUNBOOK);

    public static final RecordSchema RECORD = CommonSchema.entry(
            EntryKind.POSTMORTEM,
            "A blameless incident review: Markdown or AsciiDoc with this front matter, or a pure YAML record.",
            false,
            DATE, SEVERITY, DURATION, IMPACT, DETECTION, SIMULATED, SUMMARY, TIMELINE, ROOT_CAUSE, CONTRIBUTING_FACTORS, FIVE_WHYS, WENT_WELL,
            WENT_WRONG, LUCKY, ActionItemSchema.ITEMS, SPOFS, SERVICES, RUNBOOKS);
}
