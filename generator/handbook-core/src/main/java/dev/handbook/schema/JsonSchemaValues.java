package dev.handbook.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.model.AlertName;

/**
 * The JSON Schema of one scalar value, written to accept exactly what {@link FieldReader} (through
 * {@link dev.handbook.model.ValueFormats}) accepts, so an editor flags the values a build would reject.
 * SchemaAgreementTest holds each pattern against the parser.
 */
final class JsonSchemaValues {

    static final String ID = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    /** A calendar date with a real month and day (February up to the 29th: a pattern cannot tell leap years). */
    static final String DATE = "^[0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-9]))$";
    /** Shorthand or ISO-8601 ({@code java.time.Period}): longer than zero, so no sign and at least one non-zero digit. */
    static final String PERIOD = "0*[1-9][0-9]*\\s*(d|w|mo|y)|P(?=[^1-9]*[1-9])(\\+?[0-9]+[Yy])?(\\+?[0-9]+[Mm])?(\\+?[0-9]+[Ww])?(\\+?[0-9]+[Dd])?";
    /** Shorthand or ISO-8601 ({@code java.time.Duration}), which needs a part after {@code P} and after {@code T}. */
    static final String DURATION = "0|([0-9]+\\s*(d|h|m|s)\\s*)+"
            + "|P(?=[-+]?[0-9]|[Tt][-+]?[0-9])([-+]?[0-9]+[Dd])?([Tt](?=[-+]?[0-9])([-+]?[0-9]+[Hh])?([-+]?[0-9]+[Mm])?([-+]?[0-9]+([.,][0-9]{0,9})?[Ss])?)?";
    private static final String DATE_TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?";
    /** A clock time, or an ISO-8601 date-time with an offset. */
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?|" + DATE_TIME + "([Zz]|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)";
    /** What {@link dev.handbook.model.EvidenceTimes} reads: epoch seconds, or a date-time (space or T), offset optional. */
    static final String TIMESTAMP = "[0-9]{9,11}(\\.[0-9]+)?|" + DATE_TIME.replace("[Tt]", "[Tt ]") + "([Zz]|[+-][0-9]{2}:?[0-9]{2})?";

    private JsonSchemaValues() {}

    static void scalar(FieldType type, FieldSpec field, ObjectNode node) {
        switch (type) {
            case BOOLEAN -> node.put("type", "boolean");
            case ENUM, CHOICES -> {
                node.put("type", "string");
                field.allowed().forEach(node.withArray("enum")::add);
            }
            case MAPPING -> node.put("type", "object");
            case DATE -> node.put("type", "string").put("format", "date").put("pattern", DATE);
            case PERIOD -> pattern(node, PERIOD);
            case INTERVAL -> pattern(node, PERIOD + "|none");
            // YAML reads a bare 0 as a number: the parser takes it as a duration, other numbers it rejects
            case DURATION -> orNumber(node, pattern(node.objectNode(), DURATION), 0, 0L);
            case TIME -> pattern(node, TIME);
            case TIMESTAMP -> orNumber(node, pattern(node.objectNode(), TIMESTAMP), 100_000_000, 99_999_999_999L);
            case ALERT_NAMES -> pattern(node, AlertName.PATTERN.pattern());
            // an id of digits alone (`supersedes: 3`) is a YAML number, which the parser reads as its text
            case ID, REF, REFS -> orNumber(node, node.objectNode().put("type", "string").put("pattern", ID), 0, null);
            default -> node.putArray("type").add("string").add("number");
        }
    }

    private static ObjectNode pattern(ObjectNode node, String alternatives) {
        return node.put("type", "string").put("pattern", "^(" + alternatives + ")$");
    }

    /** {@code node} accepts {@code string}, or a whole number in [min, max] (what YAML makes of bare digits). */
    private static void orNumber(ObjectNode node, ObjectNode string, long min, Long max) {
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.add(string);
        ObjectNode number = anyOf.addObject().put("type", "integer").put("minimum", min);
        if (max != null) {
            number.put("maximum", max);
        }
    }
}
