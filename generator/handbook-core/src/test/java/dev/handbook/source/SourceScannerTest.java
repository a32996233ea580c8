package dev.handbook.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.handbook.config.HandbookConfig;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {

    @TempDir Path root;

    private SourceSet scan() {
        return new SourceScanner().scan(root.resolve("content"), HandbookConfig.defaults(), new DisplayPaths(root));
    }

    @Test
    void aFolderThatCannotBeListedIsAnErrorAndTheOtherFoldersAreStillRead() throws IOException {
        Path runbooks = Files.createDirectories(root.resolve("content/runbooks"));
        Files.writeString(runbooks.resolve("a.md"), "---\ntitle: A\n---\n");
        Path locked = Files.createDirectories(runbooks.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "root reads any folder: chmod cannot lock it here");
            SourceSet set = scan();

            assertThat(set.files()).extracting(SourceFile::displayPath).containsExactly("content/runbooks/a.md");
            assertThat(set.problems()).extracting(Diagnostic::format).containsExactly("content/runbooks/locked:1:1: error: Cannot read this"
                    + " folder: permission denied. Let the user who runs handbook read it (`chmod u+r`, or `u+rx` for a folder), or prefix"
                    + " its name with `_` to skip it. [source.folder]");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFolderThatFailsDuringTheWalkIsReportedNotThrown() {
        Diagnostics diagnostics = new Diagnostics();
        Path folder = root.resolve("content/runbooks");
        FolderWalker walker = new FolderWalker(folder, root.resolve("content"), FolderWalker.Scope.content(), new DisplayPaths(root), file -> {}, diagnostics);

        walker.visitFileFailed(folder.resolve("locked"), new AccessDeniedException(folder.resolve("locked").toString()));

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith("content/runbooks/locked:1:1: error: Cannot read this folder: permission denied.").endsWith("[source.folder]");
    }

    @Test
    void aLinkToNothingIsAnErrorAtTheLink() throws IOException {
        Path runbooks = Files.createDirectories(root.resolve("content/runbooks"));
        Files.createSymbolicLink(runbooks.resolve("gone.md"), root.resolve("nowhere.md"));

        SourceSet set = scan();

        assertThat(set.files()).isEmpty();
        assertThat(set.problems()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith("content/runbooks/gone.md:1:1: error: Cannot follow this link:").endsWith("[source.symlink]");
    }

    @Test
    void aLinkToAFileInsideTheContentFolderIsRead() throws IOException {
        Path runbooks = Files.createDirectories(root.resolve("content/runbooks"));
        Files.writeString(Files.createDirectories(root.resolve("content/_shared")).resolve("a.md"), "---\ntitle: A\n---\n");
        Files.createSymbolicLink(runbooks.resolve("a.md"), root.resolve("content/_shared/a.md"));

        SourceSet set = scan();

        assertThat(set.files()).extracting(SourceFile::displayPath).containsExactly("content/runbooks/a.md");
        assertThat(set.problems()).isEmpty();
    }

    @Test
    void anUnreadableFileIsAnErrorWithAHint() throws IOException {
        Path file = Files.writeString(root.resolve("a.md"), "---\ntitle: A\n---\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads any file: chmod cannot lock it here");
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextFiles.read(file, "a.md", diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith("a.md:1:1: error: Cannot read the file: permission denied. Let the user").endsWith("[source.read]");
    }

    @Test
    void invalidUtf8IsReportedAtTheFirstBadByteCountedInCharacters() throws IOException {
        Path file = Files.write(root.resolve("a.yaml"), concat("title: Café\n".getBytes(StandardCharsets.UTF_8), new byte[] {'o', ':', ' ', (byte) 0xC3, '(' }));
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextFiles.read(file, "a.yaml", diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith("a.yaml:2:4: error: The file is not valid UTF-8: byte 0xC3 here").endsWith("[source.encoding]");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
