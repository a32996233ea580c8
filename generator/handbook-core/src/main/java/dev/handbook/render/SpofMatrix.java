package dev.handbook.render;

import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import dev.handbook.model.Formats;
import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.render.input.CatalogReads;
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
     * One SPOF's row. {@code service}, {@code runbook}, {@code drill}, {@code chaos} and {@code backups} are null when there
     * is nothing to show; {@code rtoMet}/{@code rpoMet} are "yes", "no" or "" when there is no target or no measurement.
     */
    public record Row(
            LinkView link,
            String status,
            String statusTone,
            LinkView service,
            LinkView runbook,
            ExerciseView drill,
            ExerciseView chaos,
            String rtoTarget,
            String rtoBest,
            String rtoMet,
            String rpoTarget,
            String rpoBest,
            String rpoMet,
            BackupRows.Row backups) {}

    private SpofMatrix() {}

    static List<Row> rows(RenderInput input, PageLinks links) {
        return input.catalog().ofKind(EntryKind.SPOF, Spof.class).stream().map(spof -> row(spof, input, links)).toList();
    }

    static Row row(Spof spof, RenderInput input, PageLinks links) {
        List<Drill> drills = exercising(spof, EntryKind.DRILL, Drill.class, input.catalog(), input.graph());
        ExerciseStatus drill = input.freshness().exercise(spof.id(), ExerciseKind.DRILL);
        ExerciseStatus chaos = input.freshness().exercise(spof.id(), ExerciseKind.CHAOS);
        Optional<Duration> rtoBest = best(drills, Drill::rtoMeasured);
        Optional<Duration> rpoBest = best(drills, Drill::rpoMeasured);
        return new Row(
                links.to(spof),
                spof.status().wire(),
                ValueText.INSTANCE.tone(spof.status()),
                links.ref(spof.service()),
                links.ref(spof.runbook()),
                drill == null ? null : ExerciseView.of(drill, links),
                chaos == null ? null : ExerciseView.of(chaos, links),
                Formats.duration(spof.rtoTarget()),
                rtoBest.map(Formats::duration).orElse(""),
                met(spof.rtoTarget(), rtoBest),
                Formats.duration(spof.rpoTarget()),
                rpoBest.map(Formats::duration).orElse(""),
                met(spof.rpoTarget(), rpoBest),
                BackupRows.of(spof.id(), input, links));
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
