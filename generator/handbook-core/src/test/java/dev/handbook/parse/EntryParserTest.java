package dev.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.formats.FormatInput;
import dev.handbook.formats.FormatReaders;
import dev.handbook.model.Drill;
import dev.handbook.model.DrillKind;
import dev.handbook.model.DrillOutcome;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Reference;
import dev.handbook.model.Runbook;
import dev.handbook.model.Snippet;
import dev.handbook.model.SourceFormat;
import dev.handbook.source.SourceFile;
import dev.handbook.yaml.YamlMap;
import dev.handbook.diagnostics.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryParserTest {

    @TempDir
    Path content;

    @Test
    void aVerifyItemsEnvEntryIsOneVariableEvenWithACommaInIt() throws IOException {
        ParsedFile parsed = parse(EntryKind.RUNBOOK, "runbooks/check.md", """
                ---
                title: Check
                owner: team-platform
                verify:
                  - run: echo ok
                    env: ["A,B", C]
                    requires: [psql, kubectl]
                ---
                Body.
                """);

        Snippet snippet = parsed.entries().get(0).meta().verify().get(0);
        assertThat(snippet.env()).as("a YAML list item is one variable, whatever it holds").containsExactly("A,B", "C");
        assertThat(snippet.requires()).containsExactly("psql", "kubectl");
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("verify.env");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.where()).isEqualTo(SourcePosition.of("content/runbooks/check.md", 5, 5));
            assertThat(d.message()).startsWith("'A,B' is not an environment variable name");
        });
    }

    @Test
    void aVerifyItemsSingleOptionsReachItsSnippet() throws IOException {
        ParsedFile parsed = parse(EntryKind.RUNBOOK, "runbooks/check.md", """
                ---
                title: Check
                owner: team-platform
                verify:
                  - name: WAL archiving on
                    run: grep archive_mode fixtures/postgresql.conf
                    shell: bash
                    timeout: 20s
                    expect_exit: "1"
                    expect_output: /archive_mode/
                    cwd: content
                    proves: restore
                  - run: "true"
                ---
                Body.
                """);

        List<Snippet> snippets = parsed.entries().get(0).meta().verify();
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(snippets.get(0)).satisfies(s -> {
            assertThat(s.name()).isEqualTo("WAL archiving on");
            assertThat(s.shell()).isEqualTo("bash");
            assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(20));
            assertThat(s.expectExit()).isEqualTo(1);
            assertThat(s.expectPattern().pattern()).isEqualTo("archive_mode");
            assertThat(s.inContent()).isTrue();
            assertThat(s.provesRestore()).isTrue();
        });
        assertThat(snippets.get(1).name()).as("an unnamed item is numbered").isEqualTo("check 2");
        assertThat(snippets.get(1).shell()).isEqualTo("sh");
    }

    @Test
    void aRecordsFieldsReachItsRecordTyped() throws IOException {
        ParsedFile parsed = parse(EntryKind.DRILL, "drills/failover.yaml", """
                title: Failover drill
                date: 2026-11-02
                kind: game-day
                scenario: The primary is killed.
                targets: [postgres-primary, basecamp-api]
                outcome: partial
                rto_measured: 4m30s
                finished: 2026-11-02T10:15:00Z
                action_items:
                  - id: D-1
                    title: Alert sooner
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        Drill drill = (Drill) parsed.entries().get(0);
        assertThat(drill.date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(drill.drillKind()).isEqualTo(DrillKind.GAME_DAY);
        assertThat(drill.outcome()).isEqualTo(DrillOutcome.PARTIAL);
        assertThat(drill.rtoMeasured()).isEqualTo(Duration.ofSeconds(270));
        assertThat(drill.finished()).isEqualTo(Instant.parse("2026-11-02T10:15:00Z"));
        assertThat(drill.targets()).extracting(Reference::target).containsExactly("postgres-primary", "basecamp-api");
        assertThat(drill.actionItems()).singleElement().satisfies(a -> assertThat(a.isOpen()).as("status defaults to open").isTrue());
    }

    @Test
    void aFileWithErrorsGivesItsDiagnosticsAndNoEntry() throws IOException {
        ParsedFile parsed = parse(EntryKind.RUNBOOK, "runbooks/broken.md", """
                ---
                owner: team-platform
                last_reviewed: yesterday
                ---
                Body.
                """);

        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.entries()).isEmpty();
        assertThat(parsed.diagnostics()).extracting(Diagnostic::code).containsExactly("field.missing", "field.format");
    }

    @Test
    void aRecordAFormatReaderMadeThatLacksRequiredFieldsGivesDiagnosticsAndNoEntry() throws IOException {
        Path file = write("docs/notes.md", "Just some notes: no title, no owner.\n");
        SourceFile source = new SourceFile(EntryKind.RUNBOOK, SourceFormat.MARKDOWN, file, "docs/notes.md", FormatReaders.AUTO,
                new YamlMap(List.of(), SourcePosition.file("")), FormatInput.Collection.NONE, true, Map.of());

        ParsedFile parsed = new EntryParser().parse(source);

        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.entries()).isEmpty();
        assertThat(parsed.diagnostics()).extracting(Diagnostic::code).containsOnly("field.missing");
    }

    @Test
    void aRunbooksBodyIsKeptAndAYamlRecordHasNone() throws IOException {
        Runbook runbook = (Runbook) parse(EntryKind.RUNBOOK, "runbooks/r.md", "---\ntitle: R\nowner: o\n---\nStep one.\n").entries().get(0);
        Drill drill = (Drill) parse(EntryKind.DRILL, "drills/d.yaml",
                "title: D\ndate: 2026-01-01\nkind: tabletop\nscenario: S\noutcome: pass\n").entries().get(0);

        assertThat(runbook.body()).hasValueSatisfying(body -> assertThat(body.source()).isEqualTo("Step one.\n"));
        assertThat(drill.body()).isEmpty();
    }

    private ParsedFile parse(EntryKind kind, String path, String text) throws IOException {
        Path file = write(path, text);
        SourceFormat format = path.endsWith(".md") ? SourceFormat.MARKDOWN : SourceFormat.YAML;
        return new EntryParser().parse(new SourceFile(kind, format, file, "content/" + path));
    }

    private Path write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
