package dev.handbook.schema;

/** The value types a record field can have; each knows how it is written in YAML for the reference documentation. */
public enum FieldType {
    STRING("string", "a single line of text"),
    TEXT("text", "Markdown text; links such as `[[id]]` work"),
    ID("id", "letters, digits, `.`, `_` and `-`, starting with a letter or digit; upper and lower case are the same id"),
    DATE("date", "a calendar date, `YYYY-MM-DD`"),
    PERIOD("period", "a calendar period: `90d`, `12w`, `3mo`, `1y` (or ISO-8601 `P90D`)"),
    INTERVAL("interval", "a period as above, or `none` when the exercise is not required"),
    DURATION("duration", "a clock duration: `30s`, `15m`, `4h`, `1d`, `1h30m`, `0` (or ISO-8601 `PT15M`)"),
    BOOLEAN("boolean", "`true` or `false`"),
    ENUM("enum", "one of the listed values"),
    TIME("time", "`HH:MM` on the record's date, or an ISO-8601 date-time such as `2026-06-14T09:12Z`"),
    TIMESTAMP("timestamp", "a date and time: `2026-12-06T02:47:13Z`, with an offset (`+01:00`), or epoch seconds (`1796525233`); no offset means UTC"),
    REF("ref", "the id of another record"),
    REFS("refs", "a list of ids (one id alone is accepted too)"),
    CHOICES("choices", "a list of the listed values (one alone is accepted too)"),
    STRINGS("strings", "a list of single-line texts"),
    ALERT_NAMES("alert names", "a list of Prometheus alert names, as a rule's `alert:` writes them: letters, digits, `_` and `:`, not starting with a digit"),
    TEXTS("texts", "a list of Markdown texts"),
    OBJECT("object", "a mapping with the fields listed below it"),
    OBJECTS("objects", "a list of mappings with the fields listed below it"),
    MAPPING("mapping", "a mapping of record fields, checked against the schema of the kind it applies to");

    private final String word;
    private final String format;

    FieldType(String word, String format) {
        this.word = word;
        this.format = format;
    }

    public String word() {
        return word;
    }

    /** How a value of this type is written, for the reference. */
    public String format() {
        return format;
    }

    public boolean isList() {
        return this == REFS || this == STRINGS || this == ALERT_NAMES || this == TEXTS || this == OBJECTS || this == CHOICES;
    }
}
