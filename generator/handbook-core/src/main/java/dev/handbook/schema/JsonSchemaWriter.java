package dev.handbook.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.model.EntryKind;
import java.util.stream.Collectors;

/**
 * Writes a JSON Schema (draft 2020-12) for a record form, so editors can validate and autocomplete YAML records and
 * front matter. Generated from {@link Schemas}; {@code schemas/} at the repository root holds the output.
 */
public final class JsonSchemaWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
                JsonSchemaValues.scalar(field.type(), field, item);
                node.putArray("anyOf").add(item.deepCopy()).addObject().put("type", "array").set("items", item);
                return;
            default:
                JsonSchemaValues.scalar(field.type(), field, node);
        }
    }
}
