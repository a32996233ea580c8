package dev.handbook.formats;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.schema.FieldKey;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the fields of a record a reader makes out of a tool's output, each value at the position it came from, so
 * that a problem with a field points into the tool's file. Fields are named by their schema's keys
 * ({@code put(ChaosSchema.FAULT, …)}), so a reader spells no field name of its own. Not thread-safe: one per record.
 */
public final class RecordBuilder {

    private final List<YamlMap.Entry> entries = new ArrayList<>();
    private final SourcePosition start;

    /** @param start where the record starts in its file (the object, the journal) */
    public RecordBuilder(SourcePosition start) {
        this.start = start;
    }

    /** Sets {@code key} to {@code value} written at {@code at}; a null value is left out. */
    public RecordBuilder put(FieldKey<?> key, String value, SourcePosition at) {
        if (value != null) {
            entries.add(new YamlMap.Entry(key.name(), at, new YamlScalar(value, false, at)));
        }
        return this;
    }

    /** Sets {@code key} to a node as built or as read. */
    public RecordBuilder put(FieldKey<?> key, YamlNode value) {
        entries.add(new YamlMap.Entry(key.name(), value.position(), value));
        return this;
    }

    /** Sets {@code key} to a list of texts, all at {@code at}; an empty list is left out. */
    public RecordBuilder list(FieldKey<?> key, List<String> values, SourcePosition at) {
        if (!values.isEmpty()) {
            put(key, new YamlList(values.stream().map(v -> (YamlNode) new YamlScalar(v, false, at)).toList(), at));
        }
        return this;
    }

    /** Sets {@code key} to a list of mappings (probes, activities, backups); an empty list is left out. */
    public RecordBuilder objects(FieldKey<?> key, List<RecordBuilder> items, SourcePosition at) {
        if (!items.isEmpty()) {
            put(key, new YamlList(items.stream().map(i -> (YamlNode) i.build()).toList(), at));
        }
        return this;
    }

    public YamlMap build() {
        return new YamlMap(entries, start);
    }
}
