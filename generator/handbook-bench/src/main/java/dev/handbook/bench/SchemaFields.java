package dev.handbook.bench;

import dev.handbook.model.EntryKind;
import dev.handbook.schema.FieldSpec;
import dev.handbook.schema.FieldType;
import dev.handbook.schema.RecordSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Completes a filled record from the schema table: every field of the record's schema that the filler neither wrote
 * nor {@linkplain Fields#leave left out} on purpose gets a value made from its type (required fields always, others in
 * half of the records), so a field or kind added to the model reaches the synthetic handbook without a change to the
 * bench. Then checks what was written: nested field names and enum values against the schema.
 */
final class SchemaFields {

    /** Fields never generated, with why: each would need evidence files or tool runs the synthetic handbook lacks. */
    static final Map<String, String> NOT_GENERATED =
            Map.of(
                    "id", "the id is the file name",
                    "verify", "snippets run only under --verify, and need real commands",
                    "superseded_by", "derived from the newer ADR's supersedes",
                    "evidence", "names a tool's file beside the record, which must exist",
                    "from_backup", "names a backup the drill restored, which must exist",
                    "finished", "a tool's completion time, read from its output",
                    "started", "a tool's start time, read from its output",
                    "ended", "a tool's end time, read from its output",
                    "reason", "a tool's failure message, read from its output");

    private final Planner plan;
    private final Rec rec;
    private final Prose prose;

    SchemaFields(Planner plan, Rec rec, Prose prose) {
        this.plan = plan;
        this.rec = rec;
        this.prose = prose;
    }

    void complete() {
        Fields fields = rec.fields;
        for (FieldSpec spec : fields.schema().fields()) {
            if (!fields.decided(spec.name()) && !NOT_GENERATED.containsKey(spec.name()) && (spec.required() || prose.chance(50))) {
                Val value = value(spec);
                if (value != null) {
                    fields.put(spec.name(), value);
                }
            }
        }
        check(fields, fields.schema());
    }

    /** A value of the field's type, or null when none can be made (a reference to a kind with no records). */
    private Val value(FieldSpec spec) {
        FieldType type = spec.type();
        return switch (type) {
            case STRING, ID -> new Val.Str(Planner.capitalize(prose.pick(Vocabulary.METRICS)) + " of " + rec.topic.component().name());
            case TEXT -> new Val.Text(prose.paragraph(Sentences.CONTEXT, 2));
            case DATE -> new Val.Plain(Planner.day(prose.rng.nextInt(Planner.spanDays())).toString());
            case PERIOD -> new Val.Plain(prose.pick(List.of("30d", "90d", "12w", "6mo")));
            case INTERVAL -> new Val.Plain(prose.pick(List.of("90d", "3mo", "none")));
            case DURATION -> new Val.Plain(prose.pick(List.of("30s", "5m", "15m", "1h", "4h")));
            case BOOLEAN -> new Val.Plain(prose.chance(50) ? "true" : "false");
            case ENUM -> new Val.Plain(prose.pick(spec.allowed()));
            case CHOICES -> new Val.Words(List.of(prose.pick(spec.allowed())));
            case TIME -> new Val.Str(String.format(Locale.ROOT, "%02d:%02d", prose.between(0, 23), prose.between(0, 59)));
            case TIMESTAMP -> new Val.Plain(Planner.day(prose.rng.nextInt(Planner.spanDays()))
                    + String.format(Locale.ROOT, "T%02d:%02d:00Z", prose.between(0, 23), prose.between(0, 59)));
            case REF -> {
                List<Rec> targets = targets(spec);
                yield targets.isEmpty() ? null : new Val.Ref(prose.pick(targets).id);
            }
            case REFS -> {
                List<Rec> targets = targets(spec);
                yield targets.isEmpty() ? null : new Val.Refs(List.of(prose.pick(targets).id));
            }
            case STRINGS -> new Val.Strs(List.of(Planner.capitalize(prose.pick(Vocabulary.METRICS)), prose.pick(Vocabulary.TEAMS)));
            case TEXTS -> new Val.Texts(prose.sentences(Sentences.FINDINGS, 2));
            case OBJECT -> new Val.Mapping(object(spec.nested()));
            case OBJECTS -> new Val.Objects(objects(spec.nested(), prose.between(1, 3)));
            case ALERT_NAMES -> null; // names no rule file defines would be warnings, and the bench builds --strict
            case MAPPING -> null; // a patch of another kind's fields: nothing a synthetic record needs
        };
    }

    private LinkedHashMap<String, Val> object(RecordSchema schema) {
        LinkedHashMap<String, Val> out = new LinkedHashMap<>();
        for (FieldSpec spec : schema.fields()) {
            if (!NOT_GENERATED.containsKey(spec.name()) && (spec.required() || prose.chance(50))) {
                Val value = value(spec);
                if (value != null) {
                    out.put(spec.name(), value);
                }
            }
        }
        return out;
    }

    private List<LinkedHashMap<String, Val>> objects(RecordSchema schema, int count) {
        List<LinkedHashMap<String, Val>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(object(schema));
        }
        return out;
    }

    /** The records a reference field may name, but this record itself. */
    private List<Rec> targets(FieldSpec spec) {
        List<Rec> out = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            if (spec.refKinds().contains(kind)) {
                plan.recordsOf(kind).stream().filter(r -> r != rec).forEach(out::add);
            }
        }
        return out;
    }

    /** Every name is a field of {@code schema} and every enum value one it allows, nested mappings included. */
    static void check(Map<String, Val> fields, RecordSchema schema) {
        for (Map.Entry<String, Val> field : fields.entrySet()) {
            FieldSpec spec = schema.field(field.getKey()).orElseThrow(() -> new IllegalStateException(
                    "The generator writes field '" + field.getKey() + "', which the " + schema.name() + " schema does not have"));
            Val value = field.getValue();
            if (spec.type() == FieldType.ENUM && value instanceof Val.Plain plain && !spec.allowed().contains(plain.value())) {
                throw new IllegalStateException("The generator writes " + schema.name() + "." + spec.name() + ": " + plain.value()
                        + ", which the schema does not allow; it allows " + spec.allowed());
            }
            if (value instanceof Val.Mapping mapping) {
                check(mapping.values(), spec.nested());
            } else if (value instanceof Val.Objects objects) {
                objects.values().forEach(object -> check(object, spec.nested()));
            }
        }
    }
}
