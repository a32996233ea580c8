package dev.handbook.schema;

import dev.handbook.model.AlertName;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.Reference;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The fields of a runbook. */
public final class RunbookSchema {

    private RunbookSchema() {}

    public static final FieldKey<LocalDate> LAST_REVIEWED = FieldKey.date("last_reviewed", "When it was last checked against reality.");
    public static final FieldKey<Period> REVIEW_EVERY =
            FieldKey.period("review_every", "How often it must be reviewed (site default `review.every`, 90d).");
    public static final FieldKey<List<Reference>> SPOFS = FieldKey.refs("spofs", "The single points of failure it handles.", EntryKind.SPOF);
    public static final FieldKey<List<Reference>> SERVICES = FieldKey.refs("services", "The services it applies to.", EntryKind.SERVICE);
    public static final FieldKey<Markup> WHEN_TO_USE = FieldKey.text("when_to_use", "The symptoms or alerts that send someone here.");

    public static final FieldKey<List<AlertName>> ALERTS = FieldKey.alertNames("alerts", "The Prometheus alerts it answers, by the"
            + " rule's `alert:` name (`[RedisDown, RedisReplicationBroken]`); each gets a page `alerts/<name>.html` that leads here.");

    public static final RecordSchema RECORD = CommonSchema.entry(
            EntryKind.RUNBOOK,
            "An operational procedure, in Markdown or AsciiDoc with this YAML front matter.",
            true,
            LAST_REVIEWED, REVIEW_EVERY, SPOFS, SERVICES, WHEN_TO_USE, ALERTS);
}
