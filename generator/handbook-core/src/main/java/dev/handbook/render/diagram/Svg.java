package dev.handbook.render.diagram;

import java.util.Locale;

/** Number and path formatting for SVG geometry: one decimal, {@link Locale#ROOT}, so golden files stay stable. */
final class Svg {

    private Svg() {}

    /** Rounds to one decimal; {@code -0.0} becomes {@code 0.0} so it never prints as "-0". */
    static double round(double value) {
        double r = Math.round(value * 10.0) / 10.0;
        return r == 0.0 ? 0.0 : r;
    }

    /** A coordinate as path data: {@code 12}, {@code 12.5}. */
    static String num(double value) {
        double r = round(value);
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    static String point(double x, double y) {
        return num(x) + " " + num(y);
    }

    /** A horizontal S-curve from (x1, y1) to (x2, y2), the usual shape of a layered graph's edge. */
    static String curve(double x1, double y1, double x2, double y2) {
        double bend = Math.max(24, Math.abs(x2 - x1) / 2);
        return "C " + point(x1 + bend, y1) + ", " + point(x2 - bend, y2) + ", " + point(x2, y2);
    }
}
