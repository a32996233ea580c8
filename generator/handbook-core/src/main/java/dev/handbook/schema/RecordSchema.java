package dev.handbook.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one record form (a kind of entry, a nested object such as an action item, or the site config).
 *
 * @param name a short name used in messages and file names, e.g. {@code runbook}
 * @param description one sentence for the reference and the JSON Schema
 */
public record RecordSchema(String name, String description, List<FieldSpec> fields) {

    public RecordSchema {
        fields = List.copyOf(fields);
    }

    /** The form made of the fields of {@code keys}, in order. */
    public static RecordSchema of(String name, String description, FieldKey<?>... keys) {
        return new RecordSchema(name, description, Arrays.stream(keys).map(FieldKey::spec).toList());
    }

    public Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
