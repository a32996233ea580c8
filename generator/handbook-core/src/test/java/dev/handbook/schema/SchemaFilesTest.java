package dev.handbook.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.model.EntryKind;
import dev.handbook.testing.GoldenFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in schemas/ and the reference in docs/ are generated from {@link Schemas}; this test fails when a
 * checked-in copy drifts (regenerate with -Dhandbook.updateGolden=true).
 */
class SchemaFilesTest {

    static final Path ROOT = Path.of("../..");

    @Test
    void jsonSchemasMatchTheContentModel() throws Exception {
        JsonSchemaWriter writer = new JsonSchemaWriter();
        for (EntryKind kind : EntryKind.values()) {
            String file = JsonSchemaWriter.fileName(kind);
            String json = writer.write(Schemas.forKind(kind), file);
            GoldenFiles.assertTextMatches(json, ROOT.resolve("schemas").resolve(file));
            JsonNode parsed = new ObjectMapper().readTree(json);
            assertThat(parsed.at("/properties/title/type").isMissingNode()).isFalse();
            assertThat(parsed.at("/properties").size()).isEqualTo(Schemas.forKind(kind).fields().size());
        }
        GoldenFiles.assertTextMatches(
                writer.write(ConfigSchema.SITE, "handbook-config.schema.json"), ROOT.resolve("schemas/handbook-config.schema.json"));
    }

    @Test
    void referenceDocumentMatchesTheContentModel() {
        GoldenFiles.assertTextMatches(new ReferenceDocWriter().write(), ROOT.resolve("docs/content-model.md"));
    }
}
