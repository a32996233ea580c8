package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdrToolsReaderTest {

    private final AdrToolsReader reader = new AdrToolsReader(AdrStatusTable.standard());

    private static final String USE_MYSQL = """
            # 3. Use MySQL

            Date: 2026-12-06

            ## Status

            Accepted

            Supercedes [2. Use Postgres](0002-use-postgres.md)

            Amended by [4. Add caching](0004-add-caching.md)

            ## Context

            Postgres needs a DBA we do not have.
            """;

    @Test
    void readsTitleDateStatusAndRelationsWhereTheyAreWritten() {
        ReadAdr adr = ReadAdr.read(reader, "0003-use-mysql.md", USE_MYSQL);

        assertThat(adr.values()).isEqualTo(Map.of(
                "title", "Use MySQL",
                "date", "2026-12-06",
                "status", "accepted",
                "supersedes", List.of("0002-use-postgres"),
                "relations", List.of("Amended by 0004-add-caching")));
        assertThat(adr.positions()).isEqualTo(Map.of(
                "title", "1:6", "date", "3:7", "status", "7:1", "supersedes", "9:12", "relations", "11:12"));
        assertThat(adr.diagnostics()).isEmpty();
    }

    @Test
    void bodyLeavesOutTitleDateAndStatusSectionButKeepsFileLines() {
        ReadAdr adr = ReadAdr.read(reader, "0003-use-mysql.md", USE_MYSQL);

        assertThat(adr.body().where().line()).isEqualTo(13);
        assertThat(adr.body().source()).startsWith("## Context\n\nPostgres needs").doesNotContain("Date", "Accepted", "Supercedes", "Use MySQL");
    }

    @Test
    void titleDropsTheH1NumberWhichMayDisagreeWithTheFileName() {
        ReadAdr adr = ReadAdr.read(reader, "0007-cache.md", "# 12. Cache sessions in Redis\n\nDate: 2021-01-02\n\n## Status\n\nProposed\n");

        assertThat(adr.values()).containsEntry("title", "Cache sessions in Redis").doesNotContainKey("number");
    }

    @Test
    void nygardFilesWithoutAdrToolsNumberingAreReadToo() {
        String text = "# ADR-012: Use Kafka\n\nDate: 2021-01-02\n\n## Status\n\nAccepted\n";

        assertThat(reader.recognises(ReadAdr.input("ADR-12.md", text, false))).isTrue();
        assertThat(ReadAdr.read(reader, "ADR-12.md", text).values()).containsEntry("title", "Use Kafka");
        assertThat(ReadAdr.read(reader, "0100-x.md", text.replace("ADR-012: Use Kafka", "100 ms budget for the API")).values())
                .containsEntry("title", "100 ms budget for the API");
    }

    @Test
    void readsDatesInTheFormsTeamsWriteThemDayFirstWhenTheCollectionIs() {
        assertThat(date("Date: 04/03/2021", true)).isEqualTo("2021-03-04");
        assertThat(date("Date: 04/03/2021", false)).isEqualTo("2021-04-03");
        assertThat(date("Date 13/02/21", false)).isEqualTo("2021-02-13");
        assertThat(date("Date: 2019-7-1", false)).isEqualTo("2019-07-01");
        assertThat(date("Date: 1 March 2020", false)).isEqualTo("2020-03-01");
    }

    @Test
    void supersededStatusIsSplitIntoStatusAndRelationInEitherSpelling() {
        ReadAdr adr = ReadAdr.read(reader, "0002-use-postgres.md",
                "# 2. Use Postgres\n\nDate: 2026-12-06\n\n## Status\n\nSuperceded by [3. Use MySQL](0003-use-mysql.md)\n");

        assertThat(adr.values()).containsEntry("status", "superseded").containsEntry("superseded_by", List.of("0003-use-mysql"));
        assertThat(adr.at("superseded_by")).isEqualTo("7:15");
    }

    @Test
    void anyVerbPairAdrLinkWritesIsARelationInItsOwnWords() {
        ReadAdr adr = ReadAdr.read(reader, "0005-x.md", """
                # 5. X

                Date: 2026-12-06

                ## Status

                Accepted

                Clarifies [1. Record architecture decisions](0001-record-architecture-decisions.md)

                Depends on [4. Add caching](0004-add-caching.md)
                """);

        assertThat(adr.values()).containsEntry("relations",
                List.of("Clarifies 0001-record-architecture-decisions", "Depends on 0004-add-caching"));
    }

    @Test
    void adrToolsTemplateIsSkipped() {
        ReadAdr adr = ReadAdr.read(reader, "template.md",
                "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nThe issue motivating this decision.\n");

        assertThat(adr.result()).isInstanceOf(FormatResult.Skipped.class);
        assertThat(((FormatResult.Skipped) adr.result()).reason()).contains("template");
        assertThat(reader.recognises(ReadAdr.input("template.md", "# NUMBER. TITLE\n\n## Status\n\nSTATUS\n", false))).isTrue();
    }

    @Test
    void unmappableStatusIsAnErrorAtItsPositionNamingTheTable() {
        ReadAdr adr = ReadAdr.read(reader, "0004-x.md", "# 4. X\n\nDate: 2026-12-06\n\n## Status\n\n  Sort of agreed\n");

        assertThat(adr.result()).isInstanceOf(FormatResult.Failed.class);
        assertThat(adr.messages()).singleElement().asString()
                .startsWith("doc/adr/0004-x.md:7:3: error: Status 'Sort of agreed' is not in the ADR status table.")
                .contains("accepted", "proposed", "superseded")
                .endsWith("[adr.status]");
    }

    @Test
    void unreadableDateIsAnErrorListingTheForms() {
        ReadAdr adr = ReadAdr.read(reader, "0004-x.md", "# 4. X\n\nDate: last Tuesday\n\n## Status\n\nAccepted\n");

        assertThat(adr.messages()).singleElement().asString()
                .startsWith("doc/adr/0004-x.md:3:7: error: 'last Tuesday' is not a date handbook can read.")
                .contains("DD/MM/YYYY");
    }

    @Test
    void recognisesNumberedTitleWithStatusSectionOnly() {
        assertThat(reader.recognises(ReadAdr.input("0003-use-mysql.md", USE_MYSQL, false))).isTrue();
        assertThat(reader.recognises(ReadAdr.input("0003-x.md", "---\ntitle: X\nstatus: accepted\ndate: 2026-01-01\n---\n# 3. X\n", false))).isFalse();
        assertThat(reader.recognises(ReadAdr.input("0003-x.md", "# Use X\n\n- Status: accepted\n", false))).isFalse();
        assertThat(reader.recognises(ReadAdr.input("0003-x.md", "Intro\n\n# 3. X\n\n## Status\n\nAccepted\n", false))).isFalse();
        assertThat(reader.recognises(ReadAdr.input("0003-x.adoc", "# 3. X\n\n## Status\n\nAccepted\n", false))).isFalse();
    }

    private String date(String line, boolean dayFirst) {
        return ReadAdr.read(reader, "0001-x.md", "# 1. X\n\n" + line + "\n\n## Status\n\nAccepted\n", dayFirst).values().get("date").toString();
    }
}
