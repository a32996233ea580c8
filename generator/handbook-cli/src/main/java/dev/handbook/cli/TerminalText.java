package dev.handbook.cli;

import java.util.regex.Pattern;

/**
 * Makes text from content safe to print on a terminal: control characters (CR, LF, TAB, ESC and the rest) and the
 * Unicode controls that reorder text become spaces, so a title can neither start a forged report line, move the
 * cursor, colour the screen nor hide what follows it.
 */
final class TerminalText {

    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u0080-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private TerminalText() {}

    static String clean(String text) {
        return text == null ? "" : CONTROLS.matcher(text).replaceAll(" ");
    }
}
