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
    @TempDir Path elsewhere;

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
    void linksInASourceFolderAreJudgedAgainstTheRepositoryAndMessagesNameTheSourceFolder() throws IOException {
        write("docs/adr/0001-a.md", "# 1. A\n");
        write("docs/shared/0002-b.md", "# 2. B\n");
        Files.writeString(elsewhere.resolve("secret.md"), "# 3. Secret\n");
        Files.createSymbolicLink(root.resolve("docs/adr/0002-b.md"), root.resolve("docs/shared/0002-b.md"));
        Files.createSymbolicLink(root.resolve("docs/adr/0003-secret.md"), elsewhere.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("docs/adr/old"), root.resolve("docs/shared"));

        SourceSet set = scan("sources:\n  - path: docs/adr\n    kind: adr\n    format: adr-tools\n");

        assertThat(set.files()).as("a link to a file elsewhere in the repository is read").extracting(SourceFile::displayPath)
                .containsExactly("docs/adr/0001-a.md", "docs/adr/0002-b.md");
        assertThat(set.problems()).extracting(Diagnostic::format).satisfiesExactly(
                outside -> assertThat(outside).startsWith("docs/adr/0003-secret.md:1:1: error: This link in the source folder docs/adr points"
                                + " outside the repository, to ")
                        .endsWith("secret.md; handbook publishes only what is inside it. Copy the file into docs/adr instead of linking to it."
                                + " [source.symlink]"),
                folder -> assertThat(folder).isEqualTo("docs/adr/old:1:1: warning: This link in the source folder docs/adr to the folder"
                        + " docs/shared is not followed. Move the records into docs/adr, or list the real folder under `sources:` in"
                        + " site/handbook.yaml. [source.symlink]"));
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
