package dev.handbook.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.model.AlertName;
import dev.handbook.model.EntryKind;
import java.util.stream.Collectors;

/**
 * Writes a JSON Schema (draft 2020-12) for a record form, so editors can validate and autocomplete YAML records and
 * front matter. Generated from {@link Schemas}; {@code schemas/} at the repository root holds the output.
 */
public final class JsonSchemaWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

    /** The schema document for {@code schema}, stored as {@code fileName}. */
    public String write(RecordSchema schema, String fileName) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://handbook.dev/schemas/" + fileName);
        root.put("title", "handbook " + schema.name());
        object(schema, root);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the schema of " + schema.name(), e);
        }
    }

    public static String fileName(EntryKind kind) {
        return kind.key() + ".schema.json";
    }

    private static void object(RecordSchema schema, ObjectNode node) {
        node.put("description", schema.description());
        node.put("type", "object");
        node.put("additionalProperties", false);
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        for (FieldSpec field : schema.fields()) {
            property(field, properties.putObject(field.name()));
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
    }

    private static void property(FieldSpec field, ObjectNode node) {
        String description = field.description();
        if (!field.refKinds().isEmpty()) {
            description += " (ids of: " + field.refKinds().stream().map(EntryKind::key).sorted().collect(Collectors.joining(", ")) + ")";
        }
        node.put("description", description);
        switch (field.type()) {
            case OBJECT:
                object(field.nested(), node);
                return;
            case OBJECTS:
                node.put("type", "array");
                object(field.nested(), node.putObject("items"));
                return;
            case REFS:
            case STRINGS:
            case ALERT_NAMES:
            case TEXTS:
            case CHOICES:
                ObjectNode item = JSON.createObjectNode();
                scalar(field.type(), field, item);
                node.putArray("anyOf").add(item.deepCopy()).addObject().put("type", "array").set("items", item);
                return;
            default:
                scalar(field.type(), field, node);
        }
    }

    private static void scalar(FieldType type, FieldSpec field, ObjectNode node) {
        switch (type) {
            case BOOLEAN:
                node.put("type", "boolean");
                break;
            case ENUM:
            case CHOICES:
                node.put("type", "string");
                field.allowed().forEach(node.withArray("enum")::add);
                break;
            case MAPPING:
                node.put("type", "object");
                break;
            case DATE:
                node.put("type", "string").put("format", "date");
                break;
            case PERIOD:
                node.put("type", "string").put("pattern", "^([0-9]+ *(d|w|mo|y)|P.+)$");
                break;
            case INTERVAL:
                node.put("type", "string").put("pattern", "^([0-9]+ *(d|w|mo|y)|P.+|none)$");
                break;
            case DURATION:
                node.putArray("type").add("string").add("integer");
                node.put("pattern", "^(0|([0-9]+ *(d|h|m|s) *)+|P.+)$");
                break;
            case ALERT_NAMES:
                node.put("type", "string").put("pattern", "^" + AlertName.PATTERN.pattern() + "$");
                break;
            case ID:
            case REF:
            case REFS:
                node.put("type", "string").put("pattern", ID_PATTERN);
                break;
            default:
                node.putArray("type").add("string").add("number");
        }
    }
}
