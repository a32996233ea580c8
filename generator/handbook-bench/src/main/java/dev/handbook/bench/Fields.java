package dev.handbook.bench;

import dev.handbook.schema.RecordSchema;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields of one synthetic record in file order, checked against the record's schema as they are written: a field
 * the schema does not have (renamed or removed in the model) stops the generator instead of writing a file the
 * handbook would warn about. {@link #leave} marks a field the filler decided not to write for this record, so that
 * {@link SchemaFields} does not write it either.
 */
final class Fields extends LinkedHashMap<String, Val> {

    private final RecordSchema schema;
    private final Set<String> left = new LinkedHashSet<>();

    Fields(RecordSchema schema) {
        this.schema = schema;
    }

    @Override
    public Val put(String name, Val value) {
        return super.put(known(name), value);
    }

    /** Marks fields as deliberately not written for this record. */
    void leave(String... names) {
        for (String name : names) {
            left.add(known(name));
        }
    }

    private String known(String name) {
        if (schema.field(name).isEmpty()) {
            throw new IllegalStateException("The generator writes field '" + name + "', which the " + schema.name()
                    + " schema does not have; its fields are " + schema.fieldNames());
        }
        return name;
    }

    boolean decided(String name) {
        return containsKey(name) || left.contains(name);
    }

    RecordSchema schema() {
        return schema;
    }

    @Override
    public void clear() {
        super.clear();
        left.clear();
    }
}
