package dev.handbook.schema;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.AlertName;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.Reference;
import dev.handbook.model.WireValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A typed handle on one field of a record form: its {@link FieldSpec} (name, type, meaning) and how its checked value is
 * read. A field's name is written once, where its key is declared beside the schema; code that builds records reads the
 * value through the key ({@code fields.get(RunbookFields.LAST_REVIEWED)} is a {@code LocalDate}), never by name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the value's type; absent and invalid values read as null, an empty list or an empty {@link Fields}
 */
public final class FieldKey<T> {

    private final FieldSpec spec;
    private final BiFunction<Object, SourcePosition, T> read;

    private FieldKey(FieldSpec spec, BiFunction<Object, SourcePosition, T> read) {
        this.spec = Objects.requireNonNull(spec, "spec must not be null");
        this.read = read;
    }

    public static FieldKey<String> string(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.STRING, description), String.class);
    }

    public static FieldKey<Markup> text(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.TEXT, description), Markup.class);
    }

    public static FieldKey<String> id(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.ID, description), String.class);
    }

    public static FieldKey<LocalDate> date(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.DATE, description), LocalDate.class);
    }

    public static FieldKey<Period> period(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.PERIOD, description), Period.class);
    }

    public static FieldKey<Period> interval(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.INTERVAL, description), Period.class);
    }

    public static FieldKey<Duration> duration(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.DURATION, description), Duration.class);
    }

    public static FieldKey<Boolean> bool(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.BOOLEAN, description), Boolean.class);
    }

    /** {@code HH:MM} or a date-time, kept as written: its date comes from the record it is in. */
    public static FieldKey<String> time(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.TIME, description), String.class);
    }

    public static FieldKey<Instant> timestamp(String name, String description) {
        return plain(FieldSpec.of(name, FieldType.TIMESTAMP, description), Instant.class);
    }

    public static <E extends Enum<E> & WireValue> FieldKey<E> oneOf(String name, Class<E> values, String description) {
        return new FieldKey<>(FieldSpec.oneOf(name, values, description), (wire, where) -> constant(values, wire));
    }

    public static <E extends Enum<E> & WireValue> FieldKey<List<E>> choices(String name, Class<E> values, String description) {
        return new FieldKey<>(FieldSpec.choices(name, values, description),
                (wires, where) -> listOf(wires, Object.class).stream().map(wire -> constant(values, wire)).toList());
    }

    public static FieldKey<Reference> ref(String name, String description, EntryKind... kinds) {
        return plain(FieldSpec.ref(name, description, kinds), Reference.class);
    }

    public static FieldKey<List<Reference>> refs(String name, String description, EntryKind... kinds) {
        return list(FieldSpec.refs(name, description, kinds), Reference.class);
    }

    public static FieldKey<List<String>> strings(String name, String description) {
        return list(FieldSpec.of(name, FieldType.STRINGS, description), String.class);
    }

    /** Prometheus alert names, each with where it was written: a runbook's {@code alerts:}. */
    public static FieldKey<List<AlertName>> alertNames(String name, String description) {
        return list(FieldSpec.of(name, FieldType.ALERT_NAMES, description), AlertName.class);
    }

    public static FieldKey<List<Markup>> texts(String name, String description) {
        return list(FieldSpec.of(name, FieldType.TEXTS, description), Markup.class);
    }

    /** A nested mapping; absent or invalid, it reads as an empty one positioned at the mapping that holds it. */
    public static FieldKey<Fields> object(String name, RecordSchema fields, String description) {
        return new FieldKey<>(FieldSpec.object(name, fields, description), (value, where) -> value == null ? Fields.empty(where) : (Fields) value);
    }

    public static FieldKey<List<Fields>> objects(String name, RecordSchema items, String description) {
        return list(FieldSpec.objects(name, items, description), Fields.class);
    }

    /** The field's name as written in content. */
    public String name() {
        return spec.name();
    }

    /** What the schema says of the field: what the reference, the JSON Schema and the reader use. */
    public FieldSpec spec() {
        return spec;
    }

    /** The same field, but required. */
    public FieldKey<T> required() {
        return new FieldKey<>(spec.asRequired(), read);
    }

    /** The same field, required in records written by hand but not in records read from a tool's output. */
    public FieldKey<T> requiredByHand() {
        return new FieldKey<>(spec.asRequiredByHand(), read);
    }

    /** The typed value of what {@link FieldReader} kept for this field ({@code stored} is null when it kept nothing). */
    T read(Object stored, SourcePosition where) {
        return read.apply(stored, where);
    }

    @Override
    public String toString() {
        return spec.name() + " (" + spec.type().word() + ")";
    }

    private static <V> FieldKey<V> plain(FieldSpec spec, Class<V> type) {
        return new FieldKey<>(spec, (value, where) -> type.cast(value));
    }

    private static <V> FieldKey<List<V>> list(FieldSpec spec, Class<V> item) {
        return new FieldKey<>(spec, (value, where) -> listOf(value, item));
    }

    /** {@link FieldReader} keeps a list field as an immutable list of its items' type, so it is handed out as kept. */
    @SuppressWarnings("unchecked")
    private static <V> List<V> listOf(Object value, Class<V> item) {
        return value == null ? List.of() : (List<V>) value;
    }

    private static <E extends Enum<E> & WireValue> E constant(Class<E> values, Object wire) {
        return Arrays.stream(values.getEnumConstants()).filter(c -> c.wire().equals(wire)).findFirst().orElse(null);
    }
}
