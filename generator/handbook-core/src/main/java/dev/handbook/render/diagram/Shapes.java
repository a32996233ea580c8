package dev.handbook.render.diagram;

/**
 * Marker shapes as path data centred on the origin; pages place them with {@code translate}. The shape tells the kind
 * of event (and a cross tells a failure), so colour is never the only cue.
 */
final class Shapes {

    private Shapes() {}

    static String circle(double r) {
        String d = Svg.num(2 * r);
        return "M " + Svg.num(-r) + " 0 a " + Svg.num(r) + " " + Svg.num(r) + " 0 1 0 " + d + " 0 a " + Svg.num(r) + " "
                + Svg.num(r) + " 0 1 0 -" + d + " 0 Z";
    }

    static String diamond(double r) {
        return "M 0 " + Svg.num(-r) + " L " + Svg.point(r, 0) + " L 0 " + Svg.num(r) + " L " + Svg.point(-r, 0) + " Z";
    }

    /** An upward triangle whose centroid sits on the origin. */
    static String triangle(double r) {
        double h = r * 1.7;
        return "M 0 " + Svg.num(-h * 2 / 3) + " L " + Svg.point(r, h / 3) + " L " + Svg.point(-r, h / 3) + " Z";
    }

    static String square(double r) {
        return "M " + Svg.point(-r, -r) + " H " + Svg.num(r) + " V " + Svg.num(r) + " H " + Svg.num(-r) + " Z";
    }

    /** A rounded box of the given size, for legend keys of graph nodes. */
    static String box(double w, double h) {
        return "M " + Svg.point(-w / 2, -h / 2) + " h " + Svg.num(w) + " v " + Svg.num(h) + " h " + Svg.num(-w) + " Z";
    }

    /** An × drawn on top of a marker whose outcome was bad. */
    static String cross(double r) {
        return "M " + Svg.point(-r, -r) + " L " + Svg.point(r, r) + " M " + Svg.point(-r, r) + " L " + Svg.point(r, -r);
    }
}
