package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.schema.FieldReader;
import dev.handbook.schema.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the readers produce is native ADR front matter: the parser's own field reader accepts it as it is. */
class SchemaFitTest {

    @Test
    void adrToolsFieldsAreValidAdrFields() {
        ReadAdr adr = ReadAdr.read(new AdrToolsReader(AdrStatusTable.standard()), "0002-use-postgres.md",
                "# 2. Use Postgres\n\nDate: 13/05/2024\n\n## Status\n\nSuperseded by [3. Use MySQL](0003-use-mysql.md)\n");

        assertThat(problems(adr)).isEmpty();
    }

    @Test
    void madrFieldsAreValidAdrFields() {
        ReadAdr adr = ReadAdr.read(new MadrReader(AdrStatusTable.standard()), "0004-x.md",
                "---\nstatus: accepted\ndate: 2024-05-02\ndecision-makers: [Ana]\ntags: [db]\nreview_by: 2025-05-02\n---\n# X\n");

        assertThat(problems(adr)).isEmpty();
    }

    @Test
    void relationsOtherThanSupersessionFitTheSchemaAsRelations() {
        ReadAdr adr = ReadAdr.read(new AdrToolsReader(AdrStatusTable.standard()), "0004-add-caching.md",
                "# 4. Add caching\n\nDate: 2024-05-20\n\n## Status\n\nAccepted\n\nAmends [3. Use MySQL](0003-use-mysql.md)\n");

        assertThat(problems(adr)).isEmpty();
    }

    private static List<Diagnostic> problems(ReadAdr adr) {
        Diagnostics diagnostics = new Diagnostics();
        new FieldReader().read(adr.fields(), Schemas.ADR, diagnostics);
        return diagnostics.sorted();
    }
}
