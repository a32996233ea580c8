package dev.handbook.schema;

import dev.handbook.model.DrStrategy;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.Reference;
import java.time.Duration;
import java.util.List;

/** The fields of a service or tier. */
public final class ServiceSchema {

    private ServiceSchema() {}

    public static final FieldKey<String> TIER = FieldKey.string("tier", "Its criticality tier, e.g. `0` for the most critical.").required();
    public static final FieldKey<Markup> DESCRIPTION = FieldKey.text("description", "What it does.");
    public static final FieldKey<Duration> RTO_TARGET = FieldKey.duration("rto_target", "Recovery time objective.");
    public static final FieldKey<Duration> RPO_TARGET = FieldKey.duration("rpo_target", "Recovery point objective.");
    public static final FieldKey<DrStrategy> DR_STRATEGY = FieldKey.oneOf("dr_strategy", DrStrategy.class, "The disaster-recovery strategy.");
    public static final FieldKey<List<Reference>> DEPENDS_ON = FieldKey.refs("depends_on", "The services it needs.", EntryKind.SERVICE);

    public static final RecordSchema RECORD = CommonSchema.entry(
            EntryKind.SERVICE,
            "A service or tier with its recovery targets, as a YAML record.",
            true,
            TIER, DESCRIPTION, RTO_TARGET, RPO_TARGET, DR_STRATEGY, DEPENDS_ON, CadenceSchema.OVERRIDES);
}
