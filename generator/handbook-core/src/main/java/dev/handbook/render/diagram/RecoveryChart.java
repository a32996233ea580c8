package dev.handbook.render.diagram;

import dev.handbook.model.Drill;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Formats;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The RTO or RPO a SPOF's drills measured, against the target: the SPOF's own, else its service's, as the SPOF page
 * states it. Reads the SPOF, the drills whose {@code targets} name it, and its {@code service}: direct neighbours only.
 *
 * <pre><code>
 * RecoveryChart.rto(spof, input, links).ifPresent(c -&gt; model.put("rtoChart", c));
 * </code></pre>
 */
public final class RecoveryChart {

    static final double WIDTH = 360;
    static final double HEIGHT = 210;
    private static final double LEFT = 58;
    private static final double RIGHT = 14;
    private static final double TOP = 16;
    private static final double BOTTOM = 30;
    private static final double MARK = 6;
    /** Up to this many points get their value written beside them; more would overlap. */
    private static final int LABELLED = 6;

    private record Measure(String name, String words, Function<Drill, Duration> measured, Function<Spof, Duration> target,
            Function<Service, Duration> serviceTarget) {}

    private static final Measure RTO = new Measure("RTO", "recovery time", Drill::rtoMeasured, Spof::rtoTarget, Service::rtoTarget);
    private static final Measure RPO = new Measure("RPO", "data loss", Drill::rpoMeasured, Spof::rpoTarget, Service::rpoTarget);

    private RecoveryChart() {}

    /** Measured recovery times; empty when no drill of the SPOF measured one. */
    public static Optional<RecoveryChartView> rto(Spof spof, RenderInput input, PageLinks links) {
        return of(spof, RTO, input, links);
    }

    /** Measured data loss; empty when no drill of the SPOF measured it. */
    public static Optional<RecoveryChartView> rpo(Spof spof, RenderInput input, PageLinks links) {
        return of(spof, RPO, input, links);
    }

    private static Optional<RecoveryChartView> of(Spof spof, Measure m, RenderInput input, PageLinks links) {
        Neighbours neighbours = new Neighbours(input.catalog(), input.graph());
        List<Drill> drills = neighbours.referrers(spof.id(), EntryKind.DRILL, "targets", Drill.class).stream()
                .filter(d -> m.measured().apply(d) != null)
                .sorted(Comparator.comparing(Drill::date).thenComparing(Drill::id))
                .toList();
        if (drills.isEmpty()) {
            return Optional.empty();
        }
        Duration target = m.target().apply(spof);
        boolean fromService = false;
        if (target == null) {
            target = neighbours.serviceOf(spof).map(m.serviceTarget()).orElse(null);
            fromService = target != null;
        }
        Duration largest = drills.stream().map(m.measured()).max(Comparator.naturalOrder()).orElseThrow();
        if (target != null && target.compareTo(largest) > 0) {
            largest = target;
        }
        DateScale x = DateScale.over(drills.stream().map(Drill::date).toList(), LEFT + MARK + 4, WIDTH - RIGHT - MARK - 4, 5);
        DurationScale y = DurationScale.upTo(largest, TOP, HEIGHT - BOTTOM);
        List<RecoveryChartView.Point> points = new ArrayList<>();
        for (Drill drill : drills) {
            points.add(point(drill, m, target, x, y, links, drills.size() <= LABELLED));
        }
        long missed = points.stream().filter(RecoveryChartView.Point::missed).count();
        RecoveryChartView.Target line = target == null ? null
                : new RecoveryChartView.Target(y.y(target), "target " + Formats.duration(target) + (fromService ? " (service)" : ""));
        String summary = m.name() + " measured in " + drills.size() + (drills.size() == 1 ? " drill" : " drills")
                + (target == null ? "; no target is set." : ": " + (drills.size() - missed) + " met and " + missed + " missed the "
                        + Formats.duration(target) + " target.") + " Each point links to its drill.";
        String note = target == null ? "No " + m.name() + " target is set for this SPOF or its service." : "";
        return Optional.of(new RecoveryChartView(m.name().toLowerCase(java.util.Locale.ROOT) + "-chart",
                m.name() + " (" + m.words() + ") measured in drills", summary, m.name(), WIDTH, HEIGHT, LEFT, TOP, WIDTH - RIGHT,
                HEIGHT - BOTTOM, x.ticks(), y.ticks(), line, points, legend(target != null, missed > 0), note));
    }

    private static RecoveryChartView.Point point(Drill drill, Measure m, Duration target, DateScale x, DurationScale y, PageLinks links,
            boolean labelled) {
        Duration value = m.measured().apply(drill);
        boolean missed = target != null && value.compareTo(target) > 0;
        String verdict = target == null ? "no target" : missed ? "missed the " + Formats.duration(target) + " target"
                : "met the " + Formats.duration(target) + " target";
        String tooltip = drill.date() + " · " + m.name() + " " + Formats.duration(value) + ", " + verdict + " — " + drill.title();
        String tone = target == null ? "" : missed ? "bad" : "good";
        return new RecoveryChartView.Point(links.to(drill).href(), tooltip, missed, tone,
                missed ? Shapes.triangle(MARK + 3) : Shapes.circle(MARK), missed ? Shapes.cross(3.5) : "", x.x(drill.date()),
                y.y(value), labelled ? Formats.duration(value) : "");
    }

    private static List<LegendItem> legend(boolean hasTarget, boolean anyMissed) {
        List<LegendItem> items = new ArrayList<>();
        if (!hasTarget) {
            items.add(new LegendItem("dg-point", Shapes.circle(MARK), "", "measured in a drill"));
            return items;
        }
        items.add(new LegendItem("dg-point good", Shapes.circle(MARK), "", "met the target"));
        if (anyMissed) {
            items.add(new LegendItem("dg-point bad missed", Shapes.triangle(MARK + 1), Shapes.cross(2.5), "missed the target"));
        }
        items.add(new LegendItem("dg-target-key", "M -7 0 H 7", "", "target"));
        return items;
    }
}
