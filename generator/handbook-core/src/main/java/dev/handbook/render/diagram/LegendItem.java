package dev.handbook.render.diagram;

/**
 * One key of a diagram's legend: a small shape drawn with the same CSS classes as the diagram, and its words.
 *
 * @param css the classes of the shape, e.g. {@code dg-node spof bad}
 * @param shape path data centred on the origin, within a 16 by 16 box
 * @param overlay path data drawn on top (the cross of a failure), or empty
 */
public record LegendItem(String css, String shape, String overlay, String text) {}
