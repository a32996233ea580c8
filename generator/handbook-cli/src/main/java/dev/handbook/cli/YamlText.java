package dev.handbook.cli;

/** Values written into YAML text by {@code handbook new}. */
final class YamlText {

    private YamlText() {}

    /** {@code value} as a YAML scalar: plain when YAML reads it back as the same text, else single-quoted. */
    static String scalar(String value) {
        return value.matches("[A-Za-z0-9][A-Za-z0-9 ._/()-]*") && !value.contains(": ") && !value.endsWith(" ")
                && !value.matches("(?i)null|true|false|yes|no|on|off")
                ? value : "'" + value.replace("'", "''") + "'";
    }
}
