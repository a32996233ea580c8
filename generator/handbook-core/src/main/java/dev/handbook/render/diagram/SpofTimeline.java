package dev.handbook.render.diagram;

import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.Drill;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Postmortem;
import dev.handbook.model.Spof;
import dev.handbook.render.input.EntrySummary;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The timeline of a SPOF: its drills and chaos experiments (those whose {@code targets} name it) and its incidents
 * (postmortems whose {@code spofs} name it) on a date axis, with a line at the build date. Reads only those direct
 * neighbours. Events closer than a marker's width are stacked, lowest free row first.
 *
 * <pre><code>
 * SpofTimeline.of(spof, input, links).ifPresent(t -&gt; model.put("timeline", t));
 * </code></pre>
 */
public final class SpofTimeline {

    static final double WIDTH = 760;
    private static final double SIDE = 18;
    private static final double TOP = 30;
    private static final double ROW = 20;
    private static final double MARK = 8;
    private static final int MAX_ROWS = 8;

    private SpofTimeline() {}

    /** An event before layout. */
    private record Event(LocalDate date, Entry entry, String kind, String words, String tone, String shape) {}

    /** Empty when the SPOF has no drill, chaos experiment or incident. */
    public static Optional<TimelineView> of(Spof spof, RenderInput input, PageLinks links) {
        Neighbours neighbours = new Neighbours(input.catalog(), input.graph());
        List<Event> events = new ArrayList<>();
        for (Drill d : neighbours.referrers(spof.id(), EntryKind.DRILL, "targets", Drill.class)) {
            events.add(new Event(d.date(), d, "drill", d.drillKind().wire().replace('-', ' ') + " · " + d.outcome().wire(),
                    EntrySummary.tone(d.outcome()), Shapes.circle(MARK)));
        }
        for (ChaosExperiment c : neighbours.referrers(spof.id(), EntryKind.CHAOS, "targets", ChaosExperiment.class)) {
            events.add(new Event(c.date(), c, "chaos", "chaos experiment · " + (c.result() == null ? "" : "hypothesis ") + EntrySummary.result(c),
                    EntrySummary.resultTone(c), Shapes.diamond(MARK + 1)));
        }
        for (Postmortem p : neighbours.referrers(spof.id(), EntryKind.POSTMORTEM, "spofs", Postmortem.class)) {
            events.add(new Event(p.date(), p, "incident", (p.simulated() ? "simulated incident · " : "incident · ") + p.severity().wire().toUpperCase(java.util.Locale.ROOT),
                    EntrySummary.tone(p.severity()), Shapes.triangle(MARK + 1)));
        }
        if (events.isEmpty()) {
            return Optional.empty();
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::kind).thenComparing(e -> e.entry().id()));
        List<LocalDate> dates = new ArrayList<>(events.stream().map(Event::date).toList());
        dates.add(input.asOf());
        DateScale scale = DateScale.over(dates, SIDE, WIDTH - SIDE, 12);
        int[] rows = rows(events, scale);
        int rowCount = java.util.Arrays.stream(rows).max().orElse(0) + 1;
        double axisY = TOP + rowCount * ROW + 4;
        List<TimelineView.Marker> markers = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            markers.add(new TimelineView.Marker(links.to(e.entry()).href(), e.date() + " · " + e.words() + " — " + e.entry().title(),
                    e.kind(), e.tone(), e.shape(), overlay(e.tone()), scale.x(e.date()), Svg.round(axisY - ROW / 2 - 3 - rows[i] * ROW)));
        }
        double asOfX = scale.x(input.asOf());
        return Optional.of(new TimelineView("timeline", "Drills, chaos experiments and incidents of " + spof.title(),
                summary(events, input.asOf()), WIDTH, axisY + 28, axisY, SIDE, WIDTH - SIDE, scale.ticks(), markers, asOfX,
                "as of " + input.asOf(), asOfX > WIDTH - 110 ? "end" : "start", legend(events)));
    }

    /** The row of each event: the lowest one whose last marker is a marker's width to the left. */
    private static int[] rows(List<Event> events, DateScale scale) {
        double[] lastX = new double[MAX_ROWS];
        java.util.Arrays.fill(lastX, -Double.MAX_VALUE);
        int[] rows = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            double x = scale.x(events.get(i).date());
            int row = 0;
            while (row < MAX_ROWS - 1 && x - lastX[row] < 2 * MARK + 3) {
                row++;
            }
            rows[i] = row; // past MAX_ROWS the top row overlaps: the tooltips and the list below still tell every event
            lastX[row] = x;
        }
        return rows;
    }

    static String overlay(String tone) {
        return tone.equals("bad") ? Shapes.cross(3.5) : tone.equals("warn") ? "M -4 0 H 4" : "";
    }

    private static String summary(List<Event> events, LocalDate asOf) {
        long drills = events.stream().filter(e -> e.kind().equals("drill")).count();
        long chaos = events.stream().filter(e -> e.kind().equals("chaos")).count();
        long incidents = events.stream().filter(e -> e.kind().equals("incident")).count();
        return drills + (drills == 1 ? " drill, " : " drills, ") + chaos + (chaos == 1 ? " chaos experiment and " : " chaos experiments and ")
                + incidents + (incidents == 1 ? " incident" : " incidents") + " from " + events.get(0).date() + " to "
                + events.get(events.size() - 1).date() + "; a line marks the build date, " + asOf + ". Each marker links to its record.";
    }

    private static List<LegendItem> legend(List<Event> events) {
        List<LegendItem> items = new ArrayList<>();
        if (events.stream().anyMatch(e -> e.kind().equals("drill"))) {
            items.add(new LegendItem("dg-mark drill", Shapes.circle(MARK), "", "drill"));
        }
        if (events.stream().anyMatch(e -> e.kind().equals("chaos"))) {
            items.add(new LegendItem("dg-mark chaos", Shapes.diamond(MARK), "", "chaos experiment"));
        }
        if (events.stream().anyMatch(e -> e.kind().equals("incident"))) {
            items.add(new LegendItem("dg-mark incident", Shapes.triangle(MARK), "", "incident"));
        }
        items.add(new LegendItem("dg-mark good", Shapes.square(5), "", "passed, hypothesis held"));
        items.add(new LegendItem("dg-mark warn", Shapes.square(5), overlay("warn"), "partial, aborted, or a minor incident"));
        items.add(new LegendItem("dg-mark bad", Shapes.square(5), overlay("bad"), "failed, hypothesis broken, or a SEV1/SEV2 incident"));
        return items;
    }
}
