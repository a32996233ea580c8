package dev.handbook.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.formats.FormatReaders;
import dev.handbook.model.EntryKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutDetectorTest {

    @TempDir Path repo;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), text);
    }

    private static String nygard(int n, String title) {
        return "# " + n + ". " + title + "\n\nDate: 2024-05-02\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n";
    }

    private Layout detect() {
        return new LayoutDetector(FormatReaders.standard()).detect(repo);
    }

    @Test
    void adrDirNamesTheAdrFolderAndRecordsAreCountedPerFormat() throws IOException {
        write(".adr-dir", "architecture/log\n");
        write("architecture/log/0001-record-architecture-decisions.md", nygard(1, "Record architecture decisions"));
        write("architecture/log/0002-use-postgres.md", nygard(2, "Use Postgres"));
        write("architecture/log/0003-use-redis.md", "---\ntitle: Use Redis\nstatus: proposed\ndate: 2024-06-01\n---\nBody.\n");

        Layout layout = detect();

        assertThat(layout.sources()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("architecture/log");
            assertThat(s.kind()).isEqualTo(EntryKind.ADR);
            assertThat(s.formats()).isEqualTo(Map.of("adr-tools", 2, "native", 1));
            assertThat(s.defaults()).isEmpty();
        });
        assertThat(layout.needsSources()).isTrue();
    }

    @Test
    void requiredFieldsTheFilesLackGetPlaceholdersWhereAValueCanStandForThem() throws IOException {
        write("runbooks/disk-full.md", "---\ntitle: Disk full\n---\nSteps.\n");
        write("runbooks/db-down.md", "---\ntitle: DB down\nowner: team-data\n---\nSteps.\n");
        write("postmortems/2024-01-02-outage.md", "---\ntitle: Outage\n---\nWhat happened.\n");

        Layout layout = detect();

        assertThat(layout.sources()).extracting(FoundSource::path).containsExactly("runbooks", "postmortems");
        assertThat(layout.sources().get(0).defaults()).isEqualTo(Map.of("owner", "unassigned"));
        assertThat(layout.sources().get(1).defaults()).isEqualTo(Map.of("severity", "SEV3"));
        assertThat(layout.sources().get(1).missing()).isEqualTo(Map.of("date", 1));
        assertThat(InitialConfig.yaml(layout)).contains(
                "  - path: \"runbooks\"   # 2 records: 2 native\n    kind: runbook\n    defaults:",
                "      owner: \"unassigned\"\n", "      severity: \"SEV3\"\n");
    }

    @Test
    void filesNoFormatReadsAreExcludedAndListedWithFilesOfOtherTypes() throws IOException {
        write("docs/adr/0001-use-x.md", nygard(1, "Use X"));
        write("docs/adr/README[draft].md", "This folder holds our decisions.\n");
        write("docs/adr/diagram.png", "not really a png");
        write("docs/adr/_drafts/0009-later.md", "draft, ignored like every _ folder\n");

        Layout layout = detect();

        FoundSource adrs = layout.sources().get(0);
        assertThat(adrs.exclude()).containsExactly("README[draft].md");
        assertThat(layout.unplaced()).containsExactly(
                "docs/adr/README[draft].md (no format reads it as an ADR; excluded)",
                "docs/adr/diagram.png (not a record file type; the build skips it)");
        assertThat(InitialConfig.yaml(layout)).contains("    exclude: [\"README\\\\[draft\\\\].md\"]   # no format reads these\n");
    }

    @Test
    void todaysContentFoldersAloneNeedNoSources() throws IOException {
        write("content/runbooks/a.md", "---\ntitle: A\nowner: team-a\n---\nSteps.\n");
        write("content/services/api.yaml", "title: API\nowner: team-api\ntier: \"1\"\n");

        Layout layout = detect();

        assertThat(layout.sources()).extracting(FoundSource::path).containsExactly("content/runbooks", "content/services");
        assertThat(layout.needsSources()).isFalse();
        assertThat(InitialConfig.yaml(layout)).endsWith("title: \"" + repo.getFileName() + "\"\n").doesNotContain("sources:");
    }

    @Test
    void anAdrDirLeadingOutsideTheRepositoryIsIgnored() throws IOException {
        write(".adr-dir", "../elsewhere\n");
        write("doc/adr/0001-use-x.md", nygard(1, "Use X"));

        assertThat(detect().sources()).extracting(FoundSource::path).containsExactly("doc/adr");
    }
}
