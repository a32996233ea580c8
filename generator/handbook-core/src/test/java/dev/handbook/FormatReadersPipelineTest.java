package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.formats.FormatReaders;
import dev.handbook.model.Adr;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A format reader given to {@link Handbook} is used by a whole build, with no other change: sources, parse, pages. */
class FormatReadersPipelineTest {

    @TempDir Path root;

    final Handbook handbook = new Handbook(FormatReaders.of(List.of(new FakeAdrReader())));

    ScratchHandbook repository(String format) {
        return new ScratchHandbook(root)
                .write("site/handbook.yaml", """
                        sources:
                          - path: docs/adr
                            kind: adr
                            format: %s
                            defaults:
                              owner: team-arch
                        """.formatted(format))
                .write("docs/adr/ADR-1.md", "# Use Postgres\nDate: 25/03/2021\nStatus: Accepted\nNav_order: 3\n\nWe use [[ADR-0002-second]].\n")
                .write("docs/adr/ADR-0002-Second.md", "# Second\nDate: 03/04/2021\nStatus: Proposed\n\nText.\n")
                .write("docs/adr/20210315-dated.md", "# Dated\nDate: 15/03/2021\nStatus: Accepted\n\nText.\n")
                .write("docs/adr/template.md", "# TEMPLATE\nDate: DATE\n")
                .write("docs/adr/native.md", "---\ntitle: Native\nstatus: accepted\ndate: 2021-01-01\n---\nText.\n");
    }

    Snapshot build(ScratchHandbook repository) {
        return handbook.snapshot(TestSites.options(root, root.resolve("out")), true);
    }

    @Test
    void readerRecordsGetDefaultsDatesInTheCollectionsOrderNumbersFromFileNamesAndPages() {
        Snapshot snapshot = build(repository("auto"));

        assertThat(snapshot.diagnostics()).as("diagnostics").isEmpty();
        Adr first = (Adr) snapshot.catalog().get(new EntryId(EntryKind.ADR, "adr-1"));
        assertThat(first.title()).isEqualTo("Use Postgres");
        assertThat(first.meta().owner()).as("owner from the source's defaults").isEqualTo("team-arch");
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.date()).isEqualTo(LocalDate.of(2021, 3, 25));
        Adr second = (Adr) snapshot.catalog().get(new EntryId(EntryKind.ADR, "adr-0002-second"));
        assertThat(second.date()).as("03/04 is day first: 25/03 elsewhere in the source says so").isEqualTo(LocalDate.of(2021, 4, 3));
        assertThat(second.number()).isEqualTo(2);
        Adr dated = (Adr) snapshot.catalog().get(new EntryId(EntryKind.ADR, "20210315-dated"));
        assertThat(dated.number()).as("eight digits are a date, not a number").isZero();
        assertThat(snapshot.catalog().find("native")).as("front matter under auto is native").isPresent();
        assertThat(snapshot.pages()).containsKeys("adrs/adr-1.html", "adrs/adr-0002-second.html", "adrs/native.html");
        assertThat(snapshot.pages().get("adrs/adr-1.html").text()).contains("adr-0002-second.html");
        assertThat(snapshot.skipped()).isEqualTo(Map.of("template files", List.of("docs/adr/template.md")));
        assertThat(Handbook.result(snapshot).skipped()).isEqualTo(snapshot.skipped());
    }

    @Test
    void nativeFormatReadsOnlyHandbooksOwnFormat() {
        Snapshot snapshot = build(repository("native"));

        assertThat(snapshot.diagnostics()).extracting(Diagnostic::code).contains("frontmatter.missing").doesNotContain("format.unrecognised");
        assertThat(snapshot.catalog().find("native")).isPresent();
        assertThat(snapshot.catalog().find("adr-1")).isEmpty();
    }

    @Test
    void fileNoReaderRecognisesIsAnErrorNamingTheFormatsTried() {
        Snapshot snapshot = build(repository("auto").write("docs/adr/notes.md", "Just some notes.\n"));

        assertThat(snapshot.diagnostics()).filteredOn(d -> d.code().equals("format.unrecognised")).singleElement()
                .satisfies(d -> {
                    assertThat(d.where().path()).isEqualTo("docs/adr/notes.md");
                    assertThat(d.message()).contains("native front matter, fake-adr");
                    assertThat(d.hint()).contains("format:");
                });
    }
}
