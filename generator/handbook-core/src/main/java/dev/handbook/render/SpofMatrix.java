package dev.handbook.render;

import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.model.Formats;
import dev.handbook.render.input.CatalogReads;
import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.render.input.FreshnessReads;
import dev.handbook.model.Drill;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Spof;
import dev.handbook.render.input.GraphReads;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SPOF matrix: each SPOF with its runbook, its last DR drill and chaos experiment (those that count for its
 * cadence), its last backup taken and restore verified, and its RTO/RPO targets against the best values measured in any drill that targeted it.
 */
public final class SpofMatrix {

    /**
     * One SPOF's row. Links are empty when there is nothing to link to; {@code rtoMet}/{@code rpoMet} are "yes", "no"
     * or "" when there is no target or no measurement.
     */
    public record Row(
            Spof spof,
            LinkView link,
            Optional<LinkView> service,
            Optional<LinkView> runbook,
            Optional<LinkView> lastDrill,
            Optional<LinkView> lastChaos,
            String rtoTarget,
            String rtoBest,
            String rtoMet,
            String rpoTarget,
            String rpoBest,
            String rpoMet,
            ExerciseStatus drill,
            ExerciseStatus chaos,
            Optional<BackupRows.Row> backups) {}

    private SpofMatrix() {}

    public static List<Row> rows(CatalogReads catalog, GraphReads graph, FreshnessReads freshness, PageLinks links) {
        return catalog.ofKind(EntryKind.SPOF, Spof.class).stream().map(spof -> row(spof, catalog, graph, freshness, links)).toList();
    }

    public static Row row(Spof spof, CatalogReads catalog, GraphReads graph, FreshnessReads freshness, PageLinks links) {
        List<Drill> drills = exercising(spof, EntryKind.DRILL, Drill.class, catalog, graph);
        ExerciseStatus drill = freshness.exercise(spof.id(), ExerciseKind.DRILL);
        ExerciseStatus chaos = freshness.exercise(spof.id(), ExerciseKind.CHAOS);
        Optional<Duration> rtoBest = best(drills, Drill::rtoMeasured);
        Optional<Duration> rpoBest = best(drills, Drill::rpoMeasured);
        return new Row(
                spof,
                links.to(spof),
                links.to(spof.service()),
                links.to(spof.runbook()),
                lastOf(drill).map(links::to),
                lastOf(chaos).map(links::to),
                Formats.duration(spof.rtoTarget()),
                rtoBest.map(Formats::duration).orElse(""),
                met(spof.rtoTarget(), rtoBest),
                Formats.duration(spof.rpoTarget()),
                rpoBest.map(Formats::duration).orElse(""),
                met(spof.rpoTarget(), rpoBest),
                drill,
                chaos,
                BackupRows.of(spof.id(), freshness, links));
    }

    /** The record that counts as the last exercise: a DR drill or game day, or a chaos experiment that ran. */
    private static Optional<dev.handbook.model.EntryId> lastOf(ExerciseStatus status) {
        return Optional.ofNullable(status).map(ExerciseStatus::last);
    }

    /** The records of {@code kind} whose {@code targets} include the SPOF. */
    static <T> List<T> exercising(Spof spof, EntryKind kind, Class<T> type, CatalogReads catalog, GraphReads graph) {
        return graph.referrers(spof.id(), kind, "targets").stream().map(id -> type.cast(catalog.get(id))).toList();
    }

    private static Optional<Duration> best(List<Drill> drills, Function<Drill, Duration> measured) {
        return drills.stream().map(measured).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    private static String met(Duration target, Optional<Duration> best) {
        if (target == null || best.isEmpty()) {
            return "";
        }
        return best.get().compareTo(target) <= 0 ? "yes" : "no";
    }
}
