package dev.handbook.schema;

import dev.handbook.model.EntryKind;
import dev.handbook.model.WireValue;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a record form: its name, type, whether it is required and what it means.
 *
 * @param allowed the permitted values of an {@link FieldType#ENUM}, as written in content
 * @param refKinds the kinds a {@link FieldType#REF} or {@link FieldType#REFS} may point at
 * @param nested the fields of an {@link FieldType#OBJECT} or the items of {@link FieldType#OBJECTS}, else null
 * @param byHandOnly whether {@code required} holds only for records written by hand: a record a format reader made
 *     of a tool's output may lack it, as the tool records no such thing (Chaos Mesh has no hypothesis and no verdict)
 */
public record FieldSpec(
        String name,
        FieldType type,
        boolean required,
        String description,
        List<String> allowed,
        Set<EntryKind> refKinds,
        RecordSchema nested,
        boolean byHandOnly) {

    public FieldSpec(String name, FieldType type, boolean required, String description, List<String> allowed, Set<EntryKind> refKinds,
            RecordSchema nested) {
        this(name, type, required, description, allowed, refKinds, nested, false);
    }

    public FieldSpec {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(type, "type must not be null");
        allowed = List.copyOf(allowed);
        refKinds = Set.copyOf(refKinds);
    }

    public static FieldSpec of(String name, FieldType type, String description) {
        return new FieldSpec(name, type, false, description, List.of(), Set.of(), null);
    }

    public static <E extends Enum<E> & WireValue> FieldSpec oneOf(String name, Class<E> values, String description) {
        List<String> allowed = Arrays.stream(values.getEnumConstants()).map(WireValue::wire).toList();
        return new FieldSpec(name, FieldType.ENUM, false, description, allowed, Set.of(), null);
    }

    public static <E extends Enum<E> & WireValue> FieldSpec choices(String name, Class<E> values, String description) {
        List<String> allowed = Arrays.stream(values.getEnumConstants()).map(WireValue::wire).toList();
        return new FieldSpec(name, FieldType.CHOICES, false, description, allowed, Set.of(), null);
    }

    public static FieldSpec ref(String name, String description, EntryKind... kinds) {
        return new FieldSpec(name, FieldType.REF, false, description, List.of(), Set.of(kinds), null);
    }

    public static FieldSpec refs(String name, String description, EntryKind... kinds) {
        return new FieldSpec(name, FieldType.REFS, false, description, List.of(), Set.of(kinds), null);
    }

    public static FieldSpec object(String name, RecordSchema fields, String description) {
        return new FieldSpec(name, FieldType.OBJECT, false, description, List.of(), Set.of(), fields);
    }

    public static FieldSpec objects(String name, RecordSchema items, String description) {
        return new FieldSpec(name, FieldType.OBJECTS, false, description, List.of(), Set.of(), items);
    }

    /** The same field, but required. */
    public FieldSpec asRequired() {
        return new FieldSpec(name, type, true, description, allowed, refKinds, nested, byHandOnly);
    }

    /** The same field, required in records written by hand but not in records read from a tool's output. */
    public FieldSpec asRequiredByHand() {
        return new FieldSpec(name, type, true, description, allowed, refKinds, nested, true);
    }
}
