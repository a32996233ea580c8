package dev.handbook.render.diagram;

/**
 * Fits text into a box without measuring fonts: an estimate of the average glyph width of a sans-serif font, on the
 * safe side, so a label never spills out of its box. The full text goes in the element's {@code <title>}.
 */
final class Labels {

    /** Average advance of a proportional sans-serif glyph, in ems; wide enough for mostly lower-case titles. */
    private static final double EM_PER_CHAR = 0.56;

    private Labels() {}

    static int capacity(double width, double fontSize) {
        return Math.max(1, (int) Math.floor(width / (fontSize * EM_PER_CHAR)));
    }

    /** The text, cut at a word boundary where possible and ended with an ellipsis when it does not fit. */
    static String fit(String text, double width, double fontSize) {
        String clean = text.strip().replaceAll("\\s+", " ");
        int max = capacity(width, fontSize);
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        String cut = clean.substring(0, clean.offsetByCodePoints(0, max - 1));
        int space = cut.lastIndexOf(' ');
        if (space >= max * 2 / 3) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing().replaceAll("[\\s,.;:·—-]+$", "") + "…";
    }
}
