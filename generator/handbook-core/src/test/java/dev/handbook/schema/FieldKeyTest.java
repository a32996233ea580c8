package dev.handbook.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.SnippetOption;
import dev.handbook.model.SpofStatus;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class FieldKeyTest {

    @Test
    void aKeyReadsItsFieldsValueAsItsType() {
        Fields f = read("""
                title: Redis down
                owner: team-platform
                last_reviewed: 2026-11-20
                review_every: 12w
                """, Schemas.RUNBOOK);

        LocalDate reviewed = f.get(RunbookSchema.LAST_REVIEWED);
        Period every = f.get(RunbookSchema.REVIEW_EVERY);
        assertThat(reviewed).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(every).isEqualTo(Period.ofWeeks(12));
        assertThat(f.get(CommonSchema.TITLE)).isEqualTo("Redis down");
        assertThat(f.position(RunbookSchema.LAST_REVIEWED)).isEqualTo(SourcePosition.of("r.md", 3, 16));
    }

    @Test
    void anEnumKeyReadsTheConstantWritten() {
        Fields f = read("title: S\nowner: o\ncomponent: c\nfailure_mode: m\nstatus: mitigated\n", Schemas.SPOF);

        SpofStatus status = f.get(SpofSchema.STATUS);
        assertThat(status).isEqualTo(SpofStatus.MITIGATED);
    }

    @Test
    void absentFieldsReadAsNothingOfTheirType() {
        Fields f = read("title: S\nowner: o\ncomponent: c\nfailure_mode: m\nstatus: open\n", Schemas.SPOF);

        assertThat(f.get(SpofSchema.RUNBOOK)).isNull();
        assertThat(f.get(SpofSchema.ADRS)).isEmpty();
        assertThat(f.get(SpofSchema.DR_STRATEGY)).isNull();
        assertThat(f.has(SpofSchema.RUNBOOK)).isFalse();
        Fields cadence = f.get(CadenceSchema.OVERRIDES);
        assertThat(cadence.get(CadenceSchema.DRILL)).isNull();
        assertThat(cadence.where()).as("an absent mapping is placed at its holder").isEqualTo(f.where());
    }

    @Test
    void anInvalidValueIsReportedAndReadsAsTheFallback() {
        Diagnostics diagnostics = new Diagnostics();
        Fields f = new FieldReader().read(yaml("title: R\nowner: o\nlast_reviewed: soon\n"), Schemas.RUNBOOK, diagnostics);

        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("field.format"));
        assertThat(f.get(RunbookSchema.LAST_REVIEWED, LocalDate.EPOCH)).isEqualTo(LocalDate.EPOCH);
    }

    @Test
    void everySnippetOptionCanBeWrittenInAVerifyItem() {
        for (SnippetOption option : SnippetOption.values()) {
            FieldKey<?> key = option.isList() ? (option == SnippetOption.ENV ? VerifySchema.ENV : VerifySchema.REQUIRES) : VerifySchema.SINGLE_OPTIONS.get(option);
            assertThat(key).as(option.key()).isNotNull();
            assertThat(key.name()).isEqualTo(option.key());
            assertThat(Schemas.VERIFY_ITEM.field(option.key())).as(option.key()).isPresent();
        }
    }

    private static Fields read(String text, RecordSchema schema) {
        Diagnostics diagnostics = new Diagnostics();
        Fields f = new FieldReader().read(yaml(text), schema, diagnostics);
        assertThat(diagnostics.sorted()).as(text).isEmpty();
        return f;
    }

    private static YamlNode yaml(String text) {
        return new YamlReader().read(text, "r.md", 1, new Diagnostics()).orElseThrow();
    }
}
