package dev.handbook.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goldens are reviewed, never rewritten by a passing run: check, update (writes .new, fails), accept. */
class GoldenFilesTest {

    @TempDir Path dir;
    Path actual;
    Path expected;

    @BeforeEach
    void goldensWithOneChangedOneGoneAndOneNewFile() throws IOException {
        actual = dir.resolve("actual");
        expected = dir.resolve("expected");
        write(actual, "same.html", "<p>same</p>\n");
        write(expected, "same.html", "<p>same</p>\n");
        write(actual, "pages/changed.html", "<h1>New title</h1>\n");
        write(expected, "pages/changed.html", "<h1>Old title</h1>\n");
        write(expected, "gone.html", "<p>no longer written</p>\n");
        write(actual, "added.html", "<p>new page</p>\n");
    }

    @Test
    void aCheckListsEveryDifferenceAndSaysHowToUpdate() {
        assertThatThrownBy(() -> tree(GoldenMode.CHECK))
                .hasMessageContaining("missing: gone.html")
                .hasMessageContaining("unexpected: added.html")
                .hasMessageContaining("pages/changed.html: line 1\n    expected: <h1>Old title</h1>\n    actual:   <h1>New title</h1>")
                .hasMessageContaining("-Dhandbook.updateGolden=true");
    }

    @Test
    void anUpdateWritesNewFilesBesideTheGoldensAndStillFails() throws IOException {
        assertThatThrownBy(() -> tree(GoldenMode.UPDATE))
                .hasMessageContaining("Wrote 3 file(s) for review")
                .hasMessageContaining(expected.resolve("pages/changed.html.new").toString())
                .hasMessageContaining(expected.resolve("gone.html.deleted.new").toString())
                .hasMessageContaining(expected.resolve("added.html.new").toString())
                .hasMessageContaining("-Dhandbook.acceptGolden=true");

        assertThat(Files.readString(expected.resolve("pages/changed.html"))).as("golden untouched").isEqualTo("<h1>Old title</h1>\n");
        assertThat(expected.resolve("gone.html")).as("golden untouched").exists();
        assertThat(Files.readString(expected.resolve("pages/changed.html.new"))).isEqualTo("<h1>New title</h1>\n");
        assertThat(Files.readString(expected.resolve("added.html.new"))).isEqualTo("<p>new page</p>\n");
        assertThat(expected.resolve("same.html.new")).doesNotExist();
    }

    @Test
    void aPlainRunFailsWhileNewFilesArePending() {
        assertThatThrownBy(() -> tree(GoldenMode.UPDATE)).isInstanceOf(AssertionError.class);

        assertThatThrownBy(() -> tree(GoldenMode.CHECK))
                .hasMessageContaining("Golden files pending review")
                .hasMessageContaining(expected.resolve("pages/changed.html.new").toString());
    }

    @Test
    void acceptingMovesTheNewFilesOverTheGoldensAndThenPasses() throws IOException {
        assertThatThrownBy(() -> tree(GoldenMode.UPDATE)).isInstanceOf(AssertionError.class);

        assertThatCode(() -> tree(GoldenMode.ACCEPT)).doesNotThrowAnyException();
        assertThat(GoldenFiles.list(expected)).containsExactly("added.html", "pages/changed.html", "same.html");
        assertThat(Files.readString(expected.resolve("pages/changed.html"))).isEqualTo("<h1>New title</h1>\n");
        assertThatCode(() -> tree(GoldenMode.CHECK)).doesNotThrowAnyException();
    }

    @Test
    void anUpdateThatMatchesRemovesStaleNewFilesAndPasses() throws IOException {
        assertThatThrownBy(() -> tree(GoldenMode.UPDATE)).isInstanceOf(AssertionError.class);
        Files.copy(expected.resolve("pages/changed.html"), actual.resolve("pages/changed.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(actual.resolve("added.html"));
        Files.copy(expected.resolve("gone.html"), actual.resolve("gone.html"));

        assertThatCode(() -> tree(GoldenMode.UPDATE)).doesNotThrowAnyException();
        assertThat(GoldenFiles.list(expected)).noneMatch(f -> f.endsWith(".new"));
    }

    @Test
    void aVendoredFolderIsComparedByNamesSizesAndHashesNotText() throws IOException {
        Path site = dir.resolve("site");
        Path golden = dir.resolve("golden");
        write(site, "index.html", "<p>home</p>\n");
        write(golden, "index.html", "<p>home</p>\n");
        write(site, "assets/vendor/lib.min.js", "var a=1;");
        write(golden, "assets/vendor.sha256",
                "21a80a7a1e4e2e10ed7ad4a1a3ed9ea0bc3bc8f0da0cf3bfb9a1b6d0b8f6c7d2  8  lib.min.js\n");
        assertThatThrownBy(() -> GoldenFiles.assertTreeMatches(site, golden, List.of("assets/vendor"), GoldenMode.UPDATE))
                .hasMessageContaining("assets/vendor.sha256: line 1");
        String manifest = Files.readString(golden.resolve("assets/vendor.sha256.new"));
        assertThat(manifest).matches("[0-9a-f]{64}  8  lib\\.min\\.js\n");

        GoldenFiles.assertTreeMatches(site, golden, List.of("assets/vendor"), GoldenMode.ACCEPT);
        write(site, "assets/vendor/lib.min.js", "var b=1;");
        assertThatThrownBy(() -> GoldenFiles.assertTreeMatches(site, golden, List.of("assets/vendor"), GoldenMode.CHECK))
                .as("same size, other bytes").hasMessageContaining("assets/vendor.sha256: line 1");
        Files.delete(site.resolve("assets/vendor/lib.min.js"));
        assertThatThrownBy(() -> GoldenFiles.assertTreeMatches(site, golden, List.of("assets/vendor"), GoldenMode.CHECK))
                .as("a library gone").hasMessageContaining("actual:   <end of file>");
    }

    @Test
    void aTextGoldenIsUpdatedAndAcceptedTheSameWay() throws IOException {
        Path golden = write(dir, "expected-diagnostics.txt", "a.md:1:1: error: old\n");
        assertThatThrownBy(() -> GoldenFiles.assertTextMatches("a.md:1:1: error: new\n", golden, GoldenMode.UPDATE))
                .hasMessageContaining(golden + ".new");
        assertThat(Files.readString(golden)).isEqualTo("a.md:1:1: error: old\n");
        assertThatThrownBy(() -> GoldenFiles.assertTextMatches("a.md:1:1: error: new\n", golden, GoldenMode.CHECK))
                .hasMessageContaining("pending review");

        GoldenFiles.assertTextMatches("a.md:1:1: error: new\n", golden, GoldenMode.ACCEPT);
        assertThat(Files.readString(golden)).isEqualTo("a.md:1:1: error: new\n");
        assertThat(golden.resolveSibling("expected-diagnostics.txt.new")).doesNotExist();
    }

    @Test
    void aMissingTextGoldenIsCreatedOnlyByAccepting() throws IOException {
        Path golden = dir.resolve("schemas/new.schema.json");
        assertThatThrownBy(() -> GoldenFiles.assertTextMatches("{}\n", golden, GoldenMode.CHECK)).hasMessageContaining("unexpected: new.schema.json");
        assertThatThrownBy(() -> GoldenFiles.assertTextMatches("{}\n", golden, GoldenMode.UPDATE)).isInstanceOf(AssertionError.class);
        assertThat(golden).doesNotExist();

        GoldenFiles.assertTextMatches("{}\n", golden, GoldenMode.ACCEPT);
        assertThat(golden).hasContent("{}");
    }

    private void tree(GoldenMode mode) {
        GoldenFiles.assertTreeMatches(actual, expected, List.of(), mode);
    }

    private static Path write(Path root, String file, String content) throws IOException {
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        return Files.writeString(target, content);
    }
}
