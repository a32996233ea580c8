package dev.handbook.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryKind;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schemas and the parser agree: an editor flags exactly the values a build rejects. Every field of
 * every kind is tried with valid and invalid values of its type; each value is judged by a real validator against the
 * field's schema and by {@link FieldReader}, and any value they disagree on is named. The example's records must pass
 * the schemas whole.
 */
class SchemaAgreementTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * Values to try per type, as written in YAML: valid forms, and the mistakes people make. Not tried: an empty value,
     * which both read as "not set"; YAML 1.1 booleans such as {@code yes}, which this test's YAML reader (1.1) types
     * differently from editors (1.2).
     */
    private static final Map<FieldType, List<String>> TRIES = Map.ofEntries(
            Map.entry(FieldType.DURATION, List.of("30s", "15m", "4h", "1d", "1h30m", "0", "PT15M", "P1DT2H", "Pfoo", "15 minutes",
                    "-5m", "1.5h", "PT", "P", "5", "m")),
            Map.entry(FieldType.PERIOD, List.of("90d", "12w", "3mo", "1y", "P3M", "P1Y2M", "0d", "P0D", "Pfoo", "90", "3 months", "-1d", "none", "P")),
            Map.entry(FieldType.INTERVAL, List.of("90d", "none", "P6M", "0d", "never", "Pfoo")),
            Map.entry(FieldType.DATE, List.of("2026-11-20", "2026-02-30", "2026-1-5", "20261120", "2026-11-20T10:00:00Z", "tomorrow", "2026-13-01")),
            Map.entry(FieldType.TIME, List.of("09:12", "23:59:59", "24:00", "9:12", "2026-06-14T09:12Z", "2026-06-14T09:12:30+02:00", "noon")),
            Map.entry(FieldType.ID, List.of("pg-primary", "ADR-0003", "rb_1.2", "3", "-x", "a b", "é")),
            Map.entry(FieldType.REF, List.of("pg-primary", "ADR-0003", "3", "-x", "a b")),
            Map.entry(FieldType.BOOLEAN, List.of("true", "false", "True", "1")),
            Map.entry(FieldType.ALERT_NAMES, List.of("RedisDown", "[RedisDown, job:up]", "1Bad", "Redis-Down")));

    @Test
    void schemaAndParserAcceptAndRejectTheSameValues() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int judged = 0;
        for (EntryKind kind : EntryKind.values()) {
            RecordSchema schema = Schemas.forKind(kind);
            JsonNode properties = JSON.readTree(new JsonSchemaWriter().write(schema, JsonSchemaWriter.fileName(kind))).get("properties");
            for (FieldSpec field : schema.fields()) {
                for (String value : tries(field)) {
                    boolean parser = parserAccepts(schema, field, value);
                    boolean editor = schemaAccepts(properties.get(field.name()), value);
                    judged++;
                    if (parser != editor) {
                        disagreements.add(kind.key() + "." + field.name() + " (" + field.type().word() + ") = " + value + ": parser "
                                + (parser ? "accepts" : "rejects") + ", schema " + (editor ? "accepts" : "rejects"));
                    }
                }
            }
        }
        assertThat(judged).as("values judged").isGreaterThan(300);
        assertThat(disagreements).as("values the schemas and the parser judge differently").isEmpty();
    }

    @Test
    void theExampleRecordsPassTheirSchemas() throws IOException {
        List<String> problems = new ArrayList<>();
        int records = 0;
        for (EntryKind kind : EntryKind.values()) {
            Path folder = SchemaFilesTest.ROOT.resolve("content").resolve(kind.defaultFolder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Schema schema = REGISTRY.getSchema(new JsonSchemaWriter().write(Schemas.forKind(kind), JsonSchemaWriter.fileName(kind)));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String yaml = recordYaml(file);
                    if (yaml == null) {
                        continue;
                    }
                    records++;
                    schema.validate(YAML.readTree(yaml)).forEach(e -> problems.add(file + ": " + e.getMessage()));
                }
            }
        }
        assertThat(records).as("example records checked").isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    /** The YAML of a record file: the whole file, or a Markdown/AsciiDoc file's front matter; null for other files. */
    private static String recordYaml(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return text;
        }
        if ((name.endsWith(".md") || name.endsWith(".adoc")) && text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            return end < 0 ? null : text.substring(4, end + 1);
        }
        return null;
    }

    private static List<String> tries(FieldSpec field) {
        return switch (field.type()) {
            case ENUM -> Stream.concat(field.allowed().stream(), Stream.of("Accepted-ish", "accepted ")).toList();
            case REFS -> Stream.concat(TRIES.get(FieldType.REF).stream(), Stream.of("[pg-primary, ADR-0003]", "[a b]")).toList();
            case OBJECT, OBJECTS, MAPPING, STRING, STRINGS, TEXT, TEXTS, CHOICES, TIMESTAMP -> List.of();
            default -> TRIES.get(field.type());
        };
    }

    private static boolean parserAccepts(RecordSchema schema, FieldSpec field, String value) {
        Diagnostics diagnostics = new Diagnostics();
        YamlNode node = new YamlReader().read(field.name() + ": " + value + "\n", "try.yaml", 1, diagnostics).orElseThrow();
        new FieldReader().read(node, schema, true, diagnostics);
        // other required fields are missing on purpose: only what is said about this value's line counts
        return diagnostics.sorted().stream().noneMatch(d -> d.where().line() == 1 && !d.code().equals("field.missing"));
    }

    private static boolean schemaAccepts(JsonNode fieldSchema, String value) throws IOException {
        JsonNode instance = YAML.readTree("v: " + value + "\n").get("v");
        Schema schema = REGISTRY.getSchema(fieldSchema.toString());
        return schema.validate(instance).isEmpty();
    }
}
