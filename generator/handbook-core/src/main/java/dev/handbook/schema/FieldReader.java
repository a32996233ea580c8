package dev.handbook.schema;

import dev.handbook.model.ValueFormats;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.diagnostics.Suggestions;
import dev.handbook.model.AlertName;
import dev.handbook.model.Markup;
import dev.handbook.model.Reference;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a YAML mapping against a {@link RecordSchema} and converts its values to their types. Every problem (unknown
 * field, wrong type, bad value, missing required field) is reported with its position; the valid fields are kept.
 *
 * <p>Stateless and thread-safe.
 */
public final class FieldReader {

    /** YAML 1.2's booleans, which editors type as booleans too. */
    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    /** Reads {@code node}, which should be a mapping of the form {@code schema}. */
    public Fields read(YamlNode node, RecordSchema schema, Diagnostics diagnostics) {
        return read(node, schema, false, diagnostics);
    }

    /**
     * Reads {@code node}; with {@code ignoreUnknown}, fields the schema does not know are dropped without a word, as
     * other tools' formats carry keys of their own (Hugo's {@code weight}, Jekyll's {@code nav_order}), and fields
     * {@linkplain FieldSpec#byHandOnly() required only by hand} may be missing.
     */
    public Fields read(YamlNode node, RecordSchema schema, boolean ignoreUnknown, Diagnostics diagnostics) {
        if (!(node instanceof YamlMap map)) {
            diagnostics.error(
                    "field.type",
                    node.position(),
                    "Expected a mapping of " + schema.name() + " fields, but found " + node.describe() + ".",
                    "Write one `field: value` per line.");
            return Fields.empty(node.position());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new HashMap<>();
        for (YamlMap.Entry entry : map.entries()) {
            Optional<FieldSpec> spec = schema.field(entry.key());
            if (spec.isEmpty()) {
                if (ignoreUnknown) {
                    continue;
                }
                diagnostics.error(
                        "field.unknown",
                        entry.keyPosition(),
                        "Unknown field '" + entry.key() + "' in a " + schema.name() + ".",
                        Suggestions.didYouMean(entry.key(), schema.fieldNames()));
                continue;
            }
            if (entry.value() instanceof YamlScalar scalar && scalar.isNull()) {
                continue; // `field:` with no value counts as absent
            }
            positions.put(entry.key(), entry.value().position());
            convert(spec.get(), entry.value(), diagnostics).ifPresent(value -> values.put(entry.key(), value));
        }
        for (FieldSpec field : schema.fields()) {
            // a tool's output may lack what only a person can state (Chaos Mesh records no verdict)
            if (field.required() && !(ignoreUnknown && field.byHandOnly()) && !positions.containsKey(field.name())) {
                diagnostics.error(
                        "field.missing",
                        map.position(),
                        "Missing required field '" + field.name() + "' in a " + schema.name() + ".",
                        "Add `" + field.name() + ": …` (" + expected(field) + ").");
            }
        }
        return new Fields(values, positions, map.position());
    }

    private Optional<Object> convert(FieldSpec spec, YamlNode node, Diagnostics diagnostics) {
        switch (spec.type()) {
            case OBJECT:
                return Optional.of(read(node, spec.nested(), diagnostics));
            case MAPPING:
                if (node instanceof YamlMap) {
                    return Optional.of(node); // checked later, against the schema of the kind it applies to
                }
                wrongShape(spec, node, diagnostics);
                return Optional.empty();
            case OBJECTS:
                return Optional.of(list(spec, node, diagnostics, item -> Optional.of(read(item, spec.nested(), diagnostics))));
            case REFS:
            case STRINGS:
            case ALERT_NAMES:
            case TEXTS:
            case CHOICES:
                return Optional.of(list(spec, node, diagnostics, item -> scalar(spec, item, diagnostics)));
            default:
                return scalar(spec, node, diagnostics);
        }
    }

    /** A list field; a single scalar is accepted as a one-item list. */
    private List<Object> list(
            FieldSpec spec, YamlNode node, Diagnostics diagnostics, Function<YamlNode, Optional<Object>> item) {
        List<YamlNode> items = node instanceof YamlList list ? list.items() : List.of(node);
        if (node instanceof YamlMap && spec.type() != FieldType.OBJECTS) {
            wrongShape(spec, node, diagnostics);
            return List.of();
        }
        List<Object> converted = new ArrayList<>();
        for (YamlNode each : items) {
            item.apply(each).ifPresent(converted::add);
        }
        return List.copyOf(converted);
    }

    private Optional<Object> scalar(FieldSpec spec, YamlNode node, Diagnostics diagnostics) {
        if (!(node instanceof YamlScalar scalar) || scalar.isNull()) {
            wrongShape(spec, node, diagnostics);
            return Optional.empty();
        }
        String text = scalar.text().strip();
        SourcePosition at = scalar.position();
        switch (spec.type()) {
            case STRING:
            case STRINGS:
                return Optional.of(text);
            case TEXT:
            case TEXTS:
                return Optional.of(Markup.field(scalar.text(), at));
            case ALERT_NAMES:
                if (AlertName.isValid(text)) {
                    return Optional.of(new AlertName(text, at));
                }
                diagnostics.error("field.format", at, "'" + text + "' is not a valid Prometheus alert name for '" + spec.name() + "'.",
                        "Write letters, digits, `_` and `:`, not starting with a digit, as the rule's `alert:` does (`RedisDown`).");
                return Optional.empty();
            case ID:
                return checked(ValueFormats.isId(ValueFormats.foldId(text)) ? Optional.of(ValueFormats.foldId(text)) : Optional.empty(), spec, text, at, diagnostics);
            case DATE:
                return checked(ValueFormats.date(text), spec, text, at, diagnostics);
            case PERIOD:
            case INTERVAL:
                return period(spec, text, at, diagnostics);
            case DURATION:
                return checked(ValueFormats.duration(text), spec, text, at, diagnostics);
            case TIME:
                return checked(ValueFormats.isTime(text) ? Optional.of(text) : Optional.empty(), spec, text, at, diagnostics);
            case TIMESTAMP:
                return checked(dev.handbook.model.EvidenceTimes.parse(text), spec, text, at, diagnostics);
            case BOOLEAN:
                if (BOOLEANS.contains(text)) {
                    return Optional.of(Boolean.valueOf(text));
                }
                return checked(Optional.empty(), spec, text, at, diagnostics);
            case ENUM:
            case CHOICES:
                if (spec.allowed().contains(text)) {
                    return Optional.of(text);
                }
                diagnostics.error(
                        "field.enum",
                        at,
                        "'" + text + "' is not a valid " + spec.name() + ".",
                        Suggestions.didYouMean(text, spec.allowed()));
                return Optional.empty();
            case REF:
            case REFS:
                if (!ValueFormats.isId(ValueFormats.foldId(text))) {
                    return checked(Optional.empty(), spec, text, at, diagnostics);
                }
                return Optional.of(new Reference(spec.name(), ValueFormats.foldId(text), spec.refKinds(), at));
            default:
                throw new IllegalStateException("Not a scalar type: " + spec.type());
        }
    }

    /** A period must be longer than zero: {@code 0d} would make a review due every day, or a cadence silently off. */
    private Optional<Object> period(FieldSpec spec, String text, SourcePosition at, Diagnostics diagnostics) {
        boolean interval = spec.type() == FieldType.INTERVAL;
        Optional<Period> value = interval ? ValueFormats.interval(text) : ValueFormats.period(text);
        if (value.isEmpty() || (interval && text.equals("none"))) {
            return checked(value, spec, text, at, diagnostics);
        }
        Period period = value.get();
        if (period.isNegative() || period.isZero()) {
            diagnostics.error(
                    "field.format",
                    at,
                    "'" + text + "' is not a valid " + spec.type().word() + " for '" + spec.name() + "': it must be longer than zero.",
                    interval ? "Write `none` if it is not required, or a period such as `90d`." : "Write a period of at least `1d`, such as `90d`.");
            return Optional.empty();
        }
        return Optional.of(period);
    }

    private Optional<Object> checked(
            Optional<?> value, FieldSpec spec, String text, SourcePosition at, Diagnostics diagnostics) {
        if (value.isEmpty()) {
            diagnostics.error(
                    "field.format",
                    at,
                    "'" + text + "' is not a valid " + spec.type().word() + " for '" + spec.name() + "'.",
                    "Write " + spec.type().format() + ".");
        }
        return value.map(v -> v);
    }

    private void wrongShape(FieldSpec spec, YamlNode node, Diagnostics diagnostics) {
        String expected = spec.type().isList() ? spec.type().format() : "a single " + spec.type().word();
        diagnostics.error(
                "field.type",
                node.position(),
                "Field '" + spec.name() + "' expects " + expected + ", but found " + node.describe() + ".",
                spec.type().isList() ? "Write `- item` lines, or `[a, b]`." : "Write `" + spec.name() + ": value`.");
    }

    private static String expected(FieldSpec field) {
        return field.type() == FieldType.ENUM || field.type() == FieldType.CHOICES ? "one of: " + String.join(", ", field.allowed()) : field.type().format();
    }
}
