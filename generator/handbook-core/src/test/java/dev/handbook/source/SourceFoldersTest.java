package dev.handbook.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.formats.FormatReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFoldersTest {

    @TempDir Path root;

    private SourceSet scan(String config) {
        return new ScanFixture(root).scan(config, List.of("adr-tools"));
    }

    private void write(String path, String text) throws IOException {
        new ScanFixture(root).write(path, text);
    }

    @Test
    void includeAndExcludeGlobsChooseFilesAndOtherTypesAreCountedAsSkipped() throws IOException {
        write("docs/adr/0001-a.md", "# 1. A\n");
        write("docs/adr/README.md", "# ADRs\n");
        write("docs/adr/templates/template.md", "# NUMBER. TITLE\n");
        write("docs/adr/diagram.json", "{}");
        write("docs/adr/Makefile", "all:\n");
        write("content/runbooks/not-listed.md", "---\ntitle: X\n---\n");

        SourceSet set = scan("sources:\n  - path: docs/adr\n    kind: adr\n    format: adr-tools\n    exclude: [README.md, 'templates/**']\n");

        assertThat(set.problems()).isEmpty();
        assertThat(set.files()).singleElement().satisfies(f -> {
            assertThat(f.displayPath()).isEqualTo("docs/adr/0001-a.md");
            assertThat(f.reader()).isEqualTo("adr-tools");
            assertThat(f.listed()).isTrue();
        });
        assertThat(set.skipped()).isEqualTo(Map.of(SourceFolders.UNKNOWN_TYPE, List.of("docs/adr/Makefile", "docs/adr/diagram.json")));
    }

    @Test
    void aFileReachedTwiceIsReadOnce() throws IOException {
        write("runbooks/a.md", "---\ntitle: A\n---\n");
        Files.createSymbolicLink(root.resolve("runbooks/b.md"), root.resolve("runbooks/a.md"));

        SourceSet set = scan("sources:\n  - {path: runbooks, kind: runbook}\n  - {path: ./runbooks/, kind: runbook, include: ['*.md']}\n");

        assertThat(set.files()).extracting(SourceFile::displayPath).containsExactly("runbooks/a.md");
    }

    @Test
    void aMissingFolderAndAnUnknownFormatAreErrorsAtTheirConfigLines() {
        SourceSet set = scan("sources:\n  - path: docs/adr\n    kind: adr\n  - path: .\n    kind: adr\n    format: madr9\n");

        assertThat(set.problems()).extracting(Diagnostic::format).containsExactly(
                "site/handbook.yaml:2:11: error: Source folder 'docs/adr' does not exist. Write the folder's path relative to the folder that"
                        + " holds site/, e.g. `docs/adr`. [config.source]",
                "site/handbook.yaml:6:13: error: No format is called 'madr9'. Write one of: " + FormatReaders.AUTO + ", " + FormatReaders.NATIVE
                        + ", adr-tools. [config.format]");
    }
}
