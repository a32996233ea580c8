package dev.handbook.render.diagram;

import java.util.List;

/**
 * A laid-out timeline of a SPOF's drills, chaos experiments and incidents, ready to draw.
 *
 * @param axisY the y of the date axis; markers sit above it, stacked when they would overlap
 * @param asOfX the x of the build date's vertical line
 * @param asOfAnchor {@code start} or {@code end}: which side of the line its label goes, so it stays inside
 */
public record TimelineView(
        String id,
        String title,
        String summary,
        double width,
        double height,
        double axisY,
        double axisLeft,
        double axisRight,
        List<AxisTick> ticks,
        List<Marker> markers,
        double asOfX,
        String asOfLabel,
        String asOfAnchor,
        List<LegendItem> legend) {

    public TimelineView {
        ticks = List.copyOf(ticks);
        markers = List.copyOf(markers);
        legend = List.copyOf(legend);
    }

    /**
     * One event, linking to its record.
     *
     * @param tooltip date, kind, outcome and title in words
     * @param kind a CSS class: {@code drill}, {@code chaos} or {@code incident}
     * @param tone a CSS class for the outcome: {@code good}, {@code warn} or {@code bad}
     * @param shape path data centred on the origin
     * @param overlay path data drawn over the shape ({@code ×} failed, {@code −} partial), or empty
     */
    public record Marker(String href, String tooltip, String kind, String tone, String shape, String overlay, double x, double y) {}
}
