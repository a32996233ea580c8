package dev.handbook.schema;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Markup;
import dev.handbook.model.Reference;
import dev.handbook.model.WireValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The valid, typed fields of one YAML mapping, as produced by {@link FieldReader}. Invalid and absent fields are simply
 * missing: getters return null (or an empty list) for them. Record fields are read through their {@link FieldKey}s
 * ({@code f.get(RunbookSchema.LAST_REVIEWED)}); the getters by name serve the site configuration.
 */
public final class Fields {

    private final Map<String, Object> values;
    private final Map<String, SourcePosition> positions;
    private final SourcePosition where;

    Fields(Map<String, Object> values, Map<String, SourcePosition> positions, SourcePosition where) {
        this.values = Map.copyOf(values);
        this.positions = Map.copyOf(positions);
        this.where = where;
    }

    static Fields empty(SourcePosition where) {
        return new Fields(Map.of(), Map.of(), where);
    }

    /** Where the mapping itself starts. */
    public SourcePosition where() {
        return where;
    }

    /** The value of {@code key}: null when absent or invalid, an empty list or mapping for those types. */
    public <T> T get(FieldKey<T> key) {
        return key.read(values.get(key.name()), where);
    }

    /** The value of {@code key}, or {@code fallback} when it is absent or invalid. */
    public <T> T get(FieldKey<T> key, T fallback) {
        T value = get(key);
        return value == null ? fallback : value;
    }

    /** Whether {@code key} holds a valid value. */
    public boolean has(FieldKey<?> key) {
        return values.containsKey(key.name());
    }

    /** Where the value of {@code key} was written, or the mapping's position if it was not. */
    public SourcePosition position(FieldKey<?> key) {
        return position(key.name());
    }

    /** Where the value of {@code name} was written, or the mapping's position if it was not. */
    public SourcePosition position(String name) {
        return positions.getOrDefault(name, where);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String string(String name) {
        return (String) values.get(name);
    }

    public String string(String name, String fallback) {
        String value = string(name);
        return value == null ? fallback : value;
    }

    public Markup markup(String name) {
        return (Markup) values.get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public java.time.Instant instant(String name) {
        return (java.time.Instant) values.get(name);
    }

    public Period period(String name) {
        return (Period) values.get(name);
    }

    public Duration duration(String name) {
        return (Duration) values.get(name);
    }

    public boolean bool(String name, boolean fallback) {
        Object value = values.get(name);
        return value == null ? fallback : (Boolean) value;
    }

    public <E extends Enum<E> & WireValue> E choice(String name, Class<E> type) {
        Object wire = values.get(name);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.wire().equals(wire))
                .findFirst()
                .orElse(null);
    }

    public Reference ref(String name) {
        return (Reference) values.get(name);
    }

    public List<Reference> refs(String name) {
        return list(name);
    }

    public List<String> strings(String name) {
        return list(name);
    }

    public List<Markup> markups(String name) {
        return list(name);
    }

    public List<Fields> objects(String name) {
        return list(name);
    }

    /** A {@code mapping} field as written, or empty when absent. */
    public java.util.Optional<dev.handbook.yaml.YamlMap> mapping(String name) {
        return java.util.Optional.ofNullable((dev.handbook.yaml.YamlMap) values.get(name));
    }

    /** The nested mapping, or an empty one (positioned at this mapping) when absent or invalid. */
    public Fields object(String name) {
        Object value = values.get(name);
        return value == null ? empty(where) : (Fields) value;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(String name) {
        Object value = values.get(name);
        return value == null ? List.of() : (List<T>) value;
    }
}
