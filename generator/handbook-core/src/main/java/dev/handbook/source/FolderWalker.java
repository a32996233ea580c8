package dev.handbook.source;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Consumer;

/**
 * Walks one kind's folder without following links. A link to a file inside the content folder counts as that file;
 * a link that leads outside it is an error, so nothing from elsewhere on the machine is published; a link to a folder
 * is not followed, and says so. Folders that cannot be read are errors, and the walk goes on.
 */
final class FolderWalker extends SimpleFileVisitor<Path> {

    /** The codes this walk reports, which belong to the scan rather than to one parsed file. */
    static final String LINK = "source.symlink";
    static final String FOLDER = "source.folder";

    private final Path folder;
    private final Path contentReal;
    private final DisplayPaths paths;
    private final Consumer<Path> file;
    private final Diagnostics diagnostics;

    FolderWalker(Path folder, Path contentReal, DisplayPaths paths, Consumer<Path> file, Diagnostics diagnostics) {
        this.folder = folder;
        this.contentReal = contentReal;
        this.paths = paths;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return SourceScanner.skipped(folder.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) {
        if (SourceScanner.skipped(folder.relativize(path))) {
            return FileVisitResult.CONTINUE;
        }
        if (!attrs.isSymbolicLink()) {
            if (attrs.isRegularFile()) {
                file.accept(path);
            }
            return FileVisitResult.CONTINUE;
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (IOException e) {
            diagnostics.error(LINK, SourcePosition.file(paths.of(path)), "Cannot follow this link: " + IoProblems.describe(e) + ".",
                    "Point it at an existing file inside the content folder, or remove it.");
            return FileVisitResult.CONTINUE;
        }
        boolean isFolder = Files.isDirectory(target);
        if (!target.startsWith(contentReal)) {
            if (isFolder || SourceScanner.isRecordFile(path)) {
                diagnostics.error(LINK, SourcePosition.file(paths.of(path)),
                        "This link points outside the content folder, to " + paths.of(target) + "; handbook publishes only what is inside it.",
                        "Copy the " + (isFolder ? "folder" : "file") + " into the content folder instead of linking to it.");
            }
        } else if (isFolder) {
            diagnostics.warning(LINK, SourcePosition.file(paths.of(path)),
                    "This link to the folder " + paths.of(target) + " is not followed.",
                    "Move the records into this folder, or set the kind's folder in site/handbook.yaml to the real one.");
        } else {
            file.accept(path);
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path path, IOException e) {
        unreadable(path, e);
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) {
            unreadable(dir, e);
        }
        return FileVisitResult.CONTINUE;
    }

    private void unreadable(Path path, IOException e) {
        diagnostics.error(FOLDER, SourcePosition.file(paths.of(path)), "Cannot read this folder: " + IoProblems.describe(e) + ".",
                IoProblems.hint(e));
    }
}
