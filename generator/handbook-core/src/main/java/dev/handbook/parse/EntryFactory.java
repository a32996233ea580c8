package dev.handbook.parse;

import dev.handbook.schema.Fields;
import dev.handbook.model.ActionItem;
import dev.handbook.model.ActionStatus;
import dev.handbook.model.ActivityType;
import dev.handbook.model.Adr;
import dev.handbook.model.AdrRelation;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.Backup;
import dev.handbook.model.BackupRun;
import dev.handbook.model.BackupState;
import dev.handbook.model.Cadence;
import dev.handbook.model.ChaosActivity;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.ChaosProbe;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.DrStrategy;
import dev.handbook.model.Drill;
import dev.handbook.model.DrillKind;
import dev.handbook.model.DrillOutcome;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryMeta;
import dev.handbook.model.IncidentSeverity;
import dev.handbook.model.Markup;
import dev.handbook.model.Postmortem;
import dev.handbook.model.ProbeResult;
import dev.handbook.model.Runbook;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.model.SpofStatus;
import dev.handbook.model.TimelineEvent;
import java.nio.file.Path;
import java.util.List;

/** Builds the record of each kind from fields already checked against its schema. */
final class EntryFactory {

    private EntryFactory() {}

    /** @param body the body under the front matter, or null for a YAML record */
    static Entry create(EntryMeta meta, Fields f, Markup body, int adrNumber) {
        switch (meta.id().kind()) {
            case RUNBOOK:
                return new Runbook(
                        meta,
                        f.date("last_reviewed"),
                        f.period("review_every"),
                        f.refs("spofs"),
                        f.refs("services"),
                        f.markup("when_to_use"),
                        body);
            case ADR:
                return new Adr(
                        meta,
                        adrNumber,
                        f.choice("status", AdrStatus.class),
                        f.date("date"),
                        f.strings("deciders"),
                        f.refs("supersedes"),
                        f.refs("superseded_by"),
                        f.objects("relations").stream().map(r -> new AdrRelation(r.string("verb"), r.ref("target"))).toList(),
                        f.date("review_by"),
                        body);
            case POSTMORTEM:
                return new Postmortem(
                        meta,
                        f.date("date"),
                        f.choice("severity", IncidentSeverity.class),
                        f.duration("duration"),
                        f.markup("impact"),
                        f.markup("detection"),
                        f.bool("simulated", false),
                        f.markup("summary"),
                        f.objects("timeline").stream()
                                .map(t -> new TimelineEvent(t.string("time", ""), t.markup("event")))
                                .toList(),
                        f.markup("root_cause"),
                        f.markups("contributing_factors"),
                        f.markups("five_whys"),
                        f.markups("went_well"),
                        f.markups("went_wrong"),
                        f.markups("lucky"),
                        actionItems(f),
                        f.refs("spofs"),
                        f.refs("services"),
                        f.refs("runbooks"),
                        body);
            case SPOF:
                return new Spof(
                        meta,
                        f.markup("component"),
                        f.ref("service"),
                        f.markup("failure_mode"),
                        f.markup("blast_radius"),
                        f.markup("detection"),
                        f.ref("runbook"),
                        f.duration("rto_target"),
                        f.duration("rpo_target"),
                        f.choice("dr_strategy", DrStrategy.class),
                        f.markup("degradation"),
                        f.markup("prevention"),
                        f.choice("status", SpofStatus.class),
                        f.refs("adrs"),
                        cadence(f.object("cadence")));
            case DRILL:
                return new Drill(
                        meta,
                        f.date("date"),
                        f.choice("kind", DrillKind.class),
                        f.markup("scenario"),
                        f.refs("targets"),
                        f.ref("runbook"),
                        f.strings("participants"),
                        f.duration("rto_target"),
                        f.duration("rto_measured"),
                        f.duration("rpo_target"),
                        f.duration("rpo_measured"),
                        f.choice("outcome", DrillOutcome.class),
                        f.instant("finished"),
                        f.string("from_backup"),
                        f.markups("findings"),
                        actionItems(f));
            case CHAOS:
                return new ChaosExperiment(
                        meta,
                        f.date("date"),
                        f.markup("hypothesis"),
                        f.markup("fault"),
                        f.string("tool"),
                        f.markup("blast_radius"),
                        f.markups("abort_conditions"),
                        f.choice("result", ChaosResult.class),
                        f.markup("observations"),
                        f.markups("findings"),
                        actionItems(f),
                        f.refs("targets"),
                        f.refs("runbooks"),
                        f.instant("started"),
                        f.instant("ended"),
                        f.duration("duration"),
                        f.objects("probes").stream().map(p -> new ChaosProbe(p.string("name"), p.string("tolerance", ""),
                                p.choice("before", ProbeResult.class), p.choice("after", ProbeResult.class))).toList(),
                        f.objects("activities").stream().map(a -> new ChaosActivity(a.string("name"), a.choice("type", ActivityType.class),
                                a.string("status"), a.instant("started"), a.duration("duration"))).toList(),
                        f.markup("reason"),
                        evidence(meta, f.string("evidence")));
            case SERVICE:
                return new Service(
                        meta,
                        f.string("tier"),
                        f.markup("description"),
                        f.duration("rto_target"),
                        f.duration("rpo_target"),
                        f.choice("dr_strategy", DrStrategy.class),
                        f.refs("depends_on"),
                        cadence(f.object("cadence")));
            case BACKUP:
                return new Backup(
                        meta,
                        f.string("tool", ""),
                        f.refs("targets"),
                        f.string("status_code"),
                        f.string("status"),
                        f.string("system_id"),
                        f.strings("namespaces"),
                        f.objects("backups").stream().map(EntryFactory::run).toList());
            default:
                throw new IllegalStateException("No factory for " + meta.id().kind());
        }
    }

    /** The evidence file as a display path: written relative to the record's own file, as a body's links are. */
    private static String evidence(EntryMeta meta, String written) {
        if (written == null) {
            return null;
        }
        Path own = Path.of(meta.sourcePath());
        Path file = own.getParent() == null ? Path.of(written) : own.getParent().resolve(written);
        return file.normalize().toString().replace('\\', '/');
    }

    static Cadence cadence(Fields f) {
        return new Cadence(f.period("drill"), f.period("chaos"), f.period("backup"), f.period("restore"));
    }

    private static BackupRun run(Fields b) {
        BackupState state = b.choice("state", BackupState.class);
        return new BackupRun(b.string("label", ""), b.string("type", ""), state == null ? BackupState.COMPLETED : state, b.instant("start"),
                b.instant("stop"), b.string("repo"), b.string("size"), b.string("repo_size"), b.string("delta"), b.string("archive_start"),
                b.string("archive_stop"), b.string("errors"), b.string("warnings"), b.string("reason"));
    }

    private static List<ActionItem> actionItems(Fields f) {
        return f.objects("action_items").stream()
                .map(
                        a -> {
                            ActionStatus status = a.choice("status", ActionStatus.class);
                            return new ActionItem(
                                    a.string("id", ""),
                                    a.string("title", ""),
                                    a.string("owner", ""),
                                    a.date("due"),
                                    status == null ? ActionStatus.OPEN : status,
                                    a.where());
                        })
                .toList();
    }
}
