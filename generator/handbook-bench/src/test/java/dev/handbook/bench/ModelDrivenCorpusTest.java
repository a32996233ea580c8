package dev.handbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handbook.BuildOptions;
import dev.handbook.BuildResult;
import dev.handbook.Handbook;
import dev.handbook.model.EntryKind;
import dev.handbook.schema.FieldSpec;
import dev.handbook.schema.FieldType;
import dev.handbook.schema.RecordSchema;
import dev.handbook.schema.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic handbook follows the model: its kinds, fields and enum values come from EntryKind and the schema table. */
class ModelDrivenCorpusTest {

    @Test
    void everyKindOfTheModelIsGeneratedAndTheHandbookChecksWithoutADiagnostic(@TempDir Path tmp) throws IOException {
        SyntheticHandbook.generate(new SyntheticHandbook.Options(400, 11, tmp, null, 10));

        for (EntryKind kind : EntryKind.values()) {
            try (Stream<Path> files = Files.list(tmp.resolve("content").resolve(kind.defaultFolder()))) {
                assertThat(files.count()).as(kind + " records").isEqualTo((long) Mix.of(400).of(kind)).isPositive();
            }
        }
        try (Handbook handbook = new Handbook()) {
            BuildResult result = handbook.check(BuildOptions.defaults(tmp).withAsOf(LocalDate.of(2026, 11, 23)).withStrict(true));
            assertThat(result.diagnostics()).as("diagnostics of a generated handbook").isEmpty();
            assertThat(result.records()).isEqualTo(400);
        }
    }

    @Test
    void aFieldTheSchemaGainsIsWrittenFromItsTypeWithoutAChangeToTheFillers() {
        List<FieldSpec> fields = new ArrayList<>(Schemas.SERVICE.fields());
        fields.add(FieldSpec.of("pager_policy", FieldType.STRING, "new: who is paged").asRequired());
        fields.add(FieldSpec.refs("runbooks", "new: the service's runbooks", EntryKind.RUNBOOK).asRequired());
        fields.add(FieldSpec.of("error_budget", FieldType.DURATION, "new: allowed downtime a month").asRequired());
        RecordSchema grown = new RecordSchema("service", "a service", fields);
        Planner plan = new Planner(5, 100, 0);
        plan.plan();
        Rec planned = plan.services.get(0);
        Rec rec = new Rec(EntryKind.SERVICE, 0, planned.id, planned.title, Rec.Form.YAML, planned.topic, grown);

        Filler.fill(plan, rec, new SplittableRandom(1));

        String file = SyntheticHandbook.handbookFile(rec);
        assertThat(file).containsPattern("(?m)^pager_policy: \"[^\"]+\"$")
                .containsPattern("(?m)^runbooks: \\[rb-\\d{5}-[a-z0-9-]+\\]$")
                .containsPattern("(?m)^error_budget: \\d+[smh]$")
                .contains("tier: ", "dr_strategy: ");
    }

    @Test
    void aFieldTheSchemaDoesNotHaveStopsTheGenerator() {
        Fields fields = new Fields(Schemas.SPOF);

        assertThatThrownBy(() -> fields.put("blast_radious", new Val.Text("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'blast_radious'")
                .hasMessageContaining("blast_radius");
        assertThatThrownBy(() -> SchemaFields.check(Map.of("status", new Val.Plain("closed")), Schemas.SPOF))
                .hasMessageContaining("spof.status: closed")
                .hasMessageContaining("accepted-risk");
    }

    @Test
    void enumValuesComeFromTheSchemaWithWeightsOnlyForRealism() {
        SplittableRandom rng = new SplittableRandom(3);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            picked.add(Choices.pick(rng, Schemas.DRILL, "outcome", Map.of("pass", 10)));
        }
        assertThat(picked).as("values without a weight still appear").contains("pass", "partial", "fail");
        assertThatThrownBy(() -> Choices.pick(rng, Schemas.DRILL, "outcome", Map.of("passed", 1)))
                .hasMessageContaining("'passed' is no longer a value of drill.outcome");
    }

    @Test
    void everyFieldTheGeneratorNeverWritesIsOneTheSchemaHas() {
        List<String> names = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            collect(Schemas.forKind(kind), names);
        }
        assertThat(names).containsAll(SchemaFields.NOT_GENERATED.keySet());
    }

    private static void collect(RecordSchema schema, List<String> names) {
        for (FieldSpec field : schema.fields()) {
            names.add(field.name());
            if (field.nested() != null) {
                collect(field.nested(), names);
            }
        }
    }
}
