package dev.handbook.render.diagram;

import java.util.List;

/**
 * A laid-out chart of one recovery measure (RTO or RPO) across drills against its target, ready to draw.
 *
 * @param measure {@code RTO} or {@code RPO}
 * @param plotLeft the left edge of the plot area (the duration axis); the other plot fields likewise
 * @param target the target line, or null when neither the SPOF nor its service sets one
 * @param note a caveat shown under the chart (no target), or empty
 */
public record RecoveryChartView(
        String id,
        String title,
        String summary,
        String measure,
        double width,
        double height,
        double plotLeft,
        double plotTop,
        double plotRight,
        double plotBottom,
        List<AxisTick> xTicks,
        List<AxisTick> yTicks,
        Target target,
        List<Point> points,
        List<LegendItem> legend,
        String note) {

    public RecoveryChartView {
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
        points = List.copyOf(points);
        legend = List.copyOf(legend);
    }

    /** The dashed target line and its label, e.g. {@code target 15m}. */
    public record Target(double y, String label) {}

    /**
     * One drill's measurement, linking to the drill.
     *
     * @param missed whether it took longer (or lost more) than the target
     * @param tone {@code good} (met), {@code bad} (missed) or empty (no target)
     * @param label the measured value, shown beside the point when there are few points, or empty
     */
    public record Point(String href, String tooltip, boolean missed, String tone, String shape, String overlay, double x, double y,
            String label) {}
}
