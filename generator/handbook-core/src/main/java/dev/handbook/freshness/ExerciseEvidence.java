package dev.handbook.freshness;

import dev.handbook.catalog.Catalog;
import dev.handbook.model.Backup;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.Drill;
import dev.handbook.model.DrillKind;
import dev.handbook.model.DrillOutcome;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Snippet;
import dev.handbook.schema.BackupSchema;
import dev.handbook.schema.ChaosSchema;
import dev.handbook.schema.DrillSchema;
import dev.handbook.verify.SnippetResult;
import dev.handbook.verify.SnippetStatus;
import dev.handbook.verify.VerificationReport;
import dev.handbook.xref.XrefGraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What counts as each exercise of a SPOF or service, and when it happened: DR drills and game days (not failed), chaos
 * experiments that ran, backup records' newest completed backup (taken), backup-restore drills that did not fail and
 * passing snippets that {@code proves: restore} (verified). Evidence after the as-of day does not count yet.
 */
final class ExerciseEvidence {

    private static final Set<DrillKind> DR_DRILLS = EnumSet.of(DrillKind.DR_DRILL, DrillKind.GAME_DAY);
    /** The fields naming what a drill, chaos run or backup exercised, where a `proves: restore` snippet of theirs counts. */
    private static final Set<String> TARGET_FIELDS =
            Set.copyOf(List.of(DrillSchema.TARGETS.name(), ChaosSchema.TARGETS.name(), BackupSchema.TARGETS.name()));

    /**
     * One piece of evidence.
     *
     * @param exact whether {@code time} is known to the second (tools' evidence, snippets), not only the day
     */
    record Done(EntryId id, Instant time, boolean exact) {
        LocalDate day() {
            return time.atOffset(ZoneOffset.UTC).toLocalDate();
        }
    }

    private final Catalog catalog;
    private final XrefGraph graph;
    private final LocalDate asOf;
    private final Map<String, List<Done>> restoreSnippets;

    ExerciseEvidence(Catalog catalog, XrefGraph graph, VerificationReport verification, LocalDate asOf) {
        this.catalog = catalog;
        this.graph = graph;
        this.asOf = asOf;
        this.restoreSnippets = restoreSnippets(catalog, verification);
    }

    /** Every piece of evidence for {@code target}, by exercise. */
    Map<ExerciseKind, List<Done>> of(EntryId target) {
        Map<ExerciseKind, List<Done>> done = new EnumMap<>(ExerciseKind.class);
        for (ExerciseKind kind : ExerciseKind.values()) {
            done.put(kind, new ArrayList<>());
        }
        for (EntryId id : graph.referrers(target, EntryKind.DRILL, DrillSchema.TARGETS.name())) {
            Drill drill = (Drill) catalog.get(id);
            if (drill.outcome() == DrillOutcome.FAIL) {
                continue;
            }
            if (drill.drillKind() == DrillKind.BACKUP_RESTORE) {
                add(done, ExerciseKind.RESTORE, new Done(id, drill.time(), drill.finished() != null));
            } else if (DR_DRILLS.contains(drill.drillKind())) {
                add(done, ExerciseKind.DRILL, new Done(id, drill.time(), drill.finished() != null));
            }
        }
        for (EntryId id : graph.referrers(target, EntryKind.CHAOS, ChaosSchema.TARGETS.name())) {
            ChaosExperiment experiment = (ChaosExperiment) catalog.get(id);
            // an aborted run, or one read from a tool without a recorded result, proves nothing either way
            if (experiment.result() == ChaosResult.HELD || experiment.result() == ChaosResult.BROKEN) {
                Instant started = experiment.started();
                add(done, ExerciseKind.CHAOS, new Done(id, started != null ? started : experiment.date().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        started != null));
            }
        }
        for (EntryId id : graph.referrers(target, EntryKind.BACKUP, BackupSchema.TARGETS.name())) {
            ((Backup) catalog.get(id)).runs().stream().filter(run -> run.state().counts() && run.stop() != null) // each may be the last by the as-of day
                    .forEach(run -> add(done, ExerciseKind.BACKUP, new Done(id, run.stop(), true)));
        }
        restoreSnippets.getOrDefault(target.name(), List.of()).forEach(d -> add(done, ExerciseKind.RESTORE, d));
        return done;
    }

    private void add(Map<ExerciseKind, List<Done>> done, ExerciseKind kind, Done evidence) {
        if (!evidence.day().isAfter(asOf)) {
            done.get(kind).add(evidence);
        }
    }

    /**
     * Passing {@code proves: restore} snippets by the names of what they verify: the record that holds the snippet (a
     * SPOF's or service's own) and the records in its {@code targets} (a drill's, a backup's).
     */
    private static Map<String, List<Done>> restoreSnippets(Catalog catalog, VerificationReport verification) {
        Map<String, List<Done>> byTarget = new HashMap<>();
        for (Map.Entry<Snippet, SnippetResult> run : verification.results().entrySet()) {
            if (!run.getKey().provesRestore() || run.getValue().status() != SnippetStatus.PASS) {
                continue;
            }
            Entry owner = catalog.find(run.getKey().owner()).orElse(null);
            if (owner == null) {
                continue;
            }
            Done done = new Done(owner.id(), run.getValue().finishedAt(), true);
            byTarget.computeIfAbsent(owner.id().name(), k -> new ArrayList<>()).add(done);
            owner.references().stream().filter(r -> TARGET_FIELDS.contains(r.field()))
                    .map(r -> catalog.find(r.target()).map(e -> e.id().name()).orElse(r.target()))
                    .forEach(name -> byTarget.computeIfAbsent(name, k -> new ArrayList<>()).add(done));
        }
        return byTarget;
    }
}
