package dev.handbook.cli;

import dev.handbook.HandbookException;
import dev.handbook.source.DisplayPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A new file and the edits of existing ones that {@code handbook new} makes together: the new file is created (never
 * over an existing one), then each edited file is replaced atomically (a temporary file in its folder, moved over it).
 * If a write fails, what was written is undone, so the folder is as it was.
 */
final class FileChanges {

    /** One existing file's new text, and what changed in it, in words. */
    static final class Change {
        private final Path file;
        private final String before;
        private String text;
        private final List<String> what = new ArrayList<>();

        Change(Path file, String text) {
            this.file = file;
            this.before = text;
            this.text = text;
        }

        String text() {
            return text;
        }

        List<String> what() {
            return what;
        }

        void edit(String edited, String description) {
            text = edited;
            what.add(description);
        }
    }

    private final Path file;
    private final String text;
    private final List<Change> changes;

    FileChanges(Path file, String text, List<Change> changes) {
        this.file = file;
        this.text = text;
        this.changes = List.copyOf(changes);
    }

    /** A new file and no edits. */
    static FileChanges create(Path file, String text) {
        return new FileChanges(file, text, List.of());
    }

    /** Writes everything, and prints {@code wrote …} and one {@code updated …: what} line per edited file. */
    void write(PrintWriter out, String about) throws IOException {
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new HandbookException(file + " exists already; handbook new never overwrites. Choose another title.");
        }
        List<Change> done = new ArrayList<>();
        try {
            for (Change change : changes) {
                replace(change.file, change.text);
                done.add(change);
            }
        } catch (IOException e) {
            for (Change change : done) {
                replace(change.file, change.before);
            }
            Files.delete(file);
            throw new HandbookException("Could not write " + shown(file) + " and its links: " + e.getMessage() + ". Nothing was changed.", e);
        }
        out.println("wrote " + file + " (" + about + ")");
        changes.forEach(c -> out.println("updated " + shown(c.file) + ": " + String.join(", ", c.what)));
    }

    /** A file as printed: relative to the working folder when it is in it. */
    static String shown(Path file) {
        return new DisplayPaths(Path.of("")).of(file);
    }

    private static void replace(Path target, String text) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text);
            if (Files.getFileStore(target).supportsFileAttributeView("posix")) { // a temporary file is private; keep the file's mode
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
