package dev.handbook.bench;

import dev.handbook.schema.FieldSpec;
import dev.handbook.schema.FieldType;
import dev.handbook.schema.RecordSchema;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Picks values of enum fields from the values the schema allows, weighted for realism (most SPOFs are mitigated, few
 * drills fail). A value the model adds gets weight 1, so it appears without a change here; a weighted value the model
 * no longer has stops the generator.
 */
final class Choices {

    private Choices() {}

    /** The values {@code schema}'s enum field {@code field} allows, in the model's order. */
    static List<String> allowed(RecordSchema schema, String field) {
        FieldSpec spec = schema.field(field)
                .orElseThrow(() -> new IllegalStateException("The " + schema.name() + " schema has no field '" + field + "'"));
        if (spec.type() != FieldType.ENUM && spec.type() != FieldType.CHOICES) {
            throw new IllegalStateException("Field '" + field + "' of the " + schema.name() + " schema is no enum: " + spec.type());
        }
        return spec.allowed();
    }

    /** The schema of the items of {@code schema}'s object field {@code field} (a backup's runs, a SPOF's cadence). */
    static RecordSchema nested(RecordSchema schema, String field) {
        return schema.field(field).map(FieldSpec::nested)
                .orElseThrow(() -> new IllegalStateException("The " + schema.name() + " schema has no object field '" + field + "'"));
    }

    /** One allowed value, each with its weight from {@code weights} (1 for a value not listed there, 0 to never pick it). */
    static String pick(SplittableRandom rng, RecordSchema schema, String field, Map<String, Integer> weights) {
        List<String> values = allowed(schema, field);
        for (String weighted : weights.keySet()) {
            if (!values.contains(weighted)) {
                throw new IllegalStateException("'" + weighted + "' is no longer a value of " + schema.name() + "." + field
                        + "; the schema allows " + values);
            }
        }
        int total = values.stream().mapToInt(v -> weights.getOrDefault(v, 1)).sum();
        int roll = rng.nextInt(total);
        for (String value : values) {
            roll -= weights.getOrDefault(value, 1);
            if (roll < 0) {
                return value;
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + total);
    }
}
