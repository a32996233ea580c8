package dev.handbook.render.diagram;

/**
 * A tick on an axis.
 *
 * @param at the x (date axis) or y (duration axis) coordinate
 * @param major whether it gets a grid line and a stronger label (a new year, or a labelled duration)
 */
public record AxisTick(double at, String label, boolean major) {}
