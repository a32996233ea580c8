package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MadrReaderTest {

    private final MadrReader reader = new MadrReader(AdrStatusTable.standard());

    @Test
    void readsMadr2BulletsSupersessionInTheStatusAndLinksBullets() {
        ReadAdr adr = ReadAdr.read(reader, "0003-use-mysql.md", """
                # Use MySQL

                * Status: superseded by [ADR-0005](0005-use-sqlite.md)
                * Deciders: Ana, Ben
                * Date: 2018-09-27

                Technical Story: [PLAT-12](https://tracker.example/PLAT-12)

                ## Context and Problem Statement

                We need a database.

                ## Links

                * Refines [ADR-0002](0002-use-sql.md)
                """);

        assertThat(adr.values()).isEqualTo(Map.of(
                "title", "Use MySQL",
                "status", "superseded",
                "date", "2018-09-27",
                "deciders", List.of("Ana", "Ben"),
                "superseded_by", List.of("0005-use-sqlite"),
                "relations", List.of("Refines 0002-use-sql")));
        assertThat(adr.positions()).isEqualTo(Map.of("title", "1:3", "status", "3:11", "deciders", "4:13", "date", "5:9",
                "superseded_by", "3:25", "relations", "15:11"));
        assertThat(adr.body().where().line()).isEqualTo(7);
        assertThat(adr.body().source()).startsWith("Technical Story:").contains("## Context and Problem Statement")
                .doesNotContain("# Use MySQL", "Status:", "Deciders", "## Links", "Refines");
    }

    @Test
    void readsBoldMetadataLines() {
        ReadAdr adr = ReadAdr.read(reader, "ADR-7.md", """
                # Use Kafka

                **Status:** Approved\\
                **Date:** 13/03/2020\\
                **Tags:** messaging, streaming

                ## Context
                """);

        assertThat(adr.values()).containsEntry("status", "accepted").containsEntry("date", "2020-03-13")
                .containsEntry("tags", List.of("messaging", "streaming"));
        assertThat(adr.at("date")).isEqualTo("4:11");
        assertThat(adr.body().source()).isEqualTo("## Context\n");
    }

    @Test
    void readsAMetadataTable() {
        ReadAdr adr = ReadAdr.read(reader, "adr-0012.md", """
                # ADR-0012: Use OpenTelemetry

                | Metadata | Value |
                |----------|-------|
                | Date     | 2023-01-15 |
                | Author   | Chidi Okafor |
                | Status   | ✅ Implemented |
                | Tags     | observability, tracing |

                ## Decision
                """);

        assertThat(adr.values()).isEqualTo(Map.of(
                "title", "Use OpenTelemetry",
                "date", "2023-01-15",
                "deciders", List.of("Chidi Okafor"),
                "status", "accepted",
                "tags", List.of("observability", "tracing")));
        assertThat(adr.at("status")).isEqualTo("7:16"); // the status word, after its emoji
        assertThat(adr.body().source()).isEqualTo("## Decision\n");
    }

    @Test
    void log4brainsNameGivesTheDateAndTemplatePlaceholdersAreNoValues() {
        ReadAdr adr = ReadAdr.read(reader, "20240502-use-postgres.md", """
                # "Use Postgres"

                - Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by [xxx](yyyymmdd-xxx.md)] <!-- optional -->
                - Deciders: [list everyone involved in the decision] <!-- optional -->
                - Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->
                - Tags: database storage

                ## Context and Problem Statement
                """);

        assertThat(adr.values()).isEqualTo(Map.of(
                "title", "Use Postgres",
                "status", "proposed",
                "tags", List.of("database", "storage"),
                "date", "2024-05-02"));
        assertThat(adr.messages()).singleElement().asString()
                .startsWith("doc/adr/20240502-use-postgres.md:3:11: warning: The status still lists the template's choices");
    }

    @Test
    void readsMadr4FrontMatterAndIgnoresJekyllKeys() {
        ReadAdr adr = ReadAdr.read(reader, "0004-use-otel.md", """
                ---
                parent: Decisions
                nav_order: 4
                status: "accepted; supersedes ADR-0045"
                date: 2024-05-02
                decision-makers:
                  - Ana
                  - Ben
                consulted: Ops
                informed: everyone
                ---
                # Use OpenTelemetry

                ## Context and Problem Statement
                """);

        assertThat(adr.values()).isEqualTo(Map.of(
                "status", "accepted",
                "date", "2024-05-02",
                "deciders", List.of("Ana", "Ben"),
                "supersedes", List.of("adr-0045"),
                "title", "Use OpenTelemetry"));
        assertThat(adr.at("status")).isEqualTo("4:10"); // inside the quotes
        assertThat(adr.at("deciders")).isEqualTo("7:5");
        assertThat(adr.diagnostics()).isEmpty();
        assertThat(adr.body().where().line()).isEqualTo(14);
        assertThat(adr.body().source()).isEqualTo("## Context and Problem Statement\n");
    }

    @Test
    void unknownFrontMatterKeyIsAWarningAtTheKey() {
        ReadAdr adr = ReadAdr.read(reader, "0004-x.md", "---\nstatus: accepted\ndate: 2024-05-02\nreviewers: [Cy]\n---\n# X\n");

        assertThat(adr.messages()).singleElement().asString()
                .startsWith("doc/adr/0004-x.md:4:1: warning: Front matter key 'reviewers' is neither MADR's nor handbook's, and is ignored.");
    }

    @Test
    void templateAndIndexPagesAreSkipped() {
        assertThat(ReadAdr.read(reader, "template.md", "# [short title of solved problem and solution]\n\n- Status: [proposed | accepted]\n").result())
                .isInstanceOf(FormatResult.Skipped.class);
        assertThat(ReadAdr.read(reader, "index.md", "# Architecture knowledge base\n\nWelcome.\n").result())
                .isInstanceOf(FormatResult.Skipped.class);
    }

    @Test
    void aDecisionWithoutStatusIsAnError() {
        ReadAdr adr = ReadAdr.read(reader, "0009-x.md", "# X\n\n- Date: 2024-05-02\n");

        assertThat(adr.result()).isInstanceOf(FormatResult.Failed.class);
        assertThat(adr.messages()).singleElement().asString().startsWith("doc/adr/0009-x.md:1:1: error: The ADR has no status.");
    }

    @Test
    void recognisesMadrButNotNativeFrontMatter() {
        assertThat(reader.recognises(ReadAdr.input("0001-x.md", "# X\n\n- Status: accepted\n", false))).isTrue();
        assertThat(reader.recognises(ReadAdr.input("0001-x.md", "# X\n\n| Metadata | Value |\n|---|---|\n| Status | Accepted |\n", false))).isTrue();
        assertThat(reader.recognises(ReadAdr.input("0001-x.md", "---\nstatus: accepted\ndecision-makers: [A]\n---\n# X\n", false))).isTrue();
        assertThat(reader.recognises(ReadAdr.input("0001-x.md", "---\ntitle: X\nstatus: accepted\ndate: 2024-01-01\n---\nBody\n", false))).isFalse();
        assertThat(reader.recognises(ReadAdr.input("0001-x.md", "# X\n\nJust prose.\n", false))).isFalse();
    }
}
