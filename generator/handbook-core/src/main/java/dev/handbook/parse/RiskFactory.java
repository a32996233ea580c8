package dev.handbook.parse;

import dev.handbook.model.EntryMeta;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.schema.CadenceSchema;
import dev.handbook.schema.Fields;
import dev.handbook.schema.ServiceSchema;
import dev.handbook.schema.SpofSchema;

/** Builds what can fail and what depends on it: SPOFs and services. */
final class RiskFactory {

    private RiskFactory() {}

    static Spof spof(EntryMeta meta, Fields f) {
        return new Spof(
                meta,
                f.get(SpofSchema.COMPONENT),
                f.get(SpofSchema.SERVICE),
                f.get(SpofSchema.FAILURE_MODE),
                f.get(SpofSchema.BLAST_RADIUS),
                f.get(SpofSchema.DETECTION),
                f.get(SpofSchema.RUNBOOK),
                f.get(SpofSchema.RTO_TARGET),
                f.get(SpofSchema.RPO_TARGET),
                f.get(SpofSchema.DR_STRATEGY),
                f.get(SpofSchema.DEGRADATION),
                f.get(SpofSchema.PREVENTION),
                f.get(SpofSchema.STATUS),
                f.get(SpofSchema.ADRS),
                RecordParts.cadence(f.get(CadenceSchema.OVERRIDES)),
                f.get(SpofSchema.SINCE));
    }

    static Service service(EntryMeta meta, Fields f) {
        return new Service(
                meta,
                f.get(ServiceSchema.TIER),
                f.get(ServiceSchema.DESCRIPTION),
                f.get(ServiceSchema.RTO_TARGET),
                f.get(ServiceSchema.RPO_TARGET),
                f.get(ServiceSchema.DR_STRATEGY),
                f.get(ServiceSchema.DEPENDS_ON),
                RecordParts.cadence(f.get(CadenceSchema.OVERRIDES)));
    }
}
