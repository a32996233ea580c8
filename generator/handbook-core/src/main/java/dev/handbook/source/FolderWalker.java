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
 * Walks one kind's folder, or one source's, without following links. A link to a file inside the boundary (the
 * content folder, or for a source the repository) counts as that file; a link that leads outside it is an error, so
 * nothing from elsewhere on the machine is published; a link to a folder is not followed, and says so. Folders that
 * cannot be read are errors, and the walk goes on.
 */
final class FolderWalker extends SimpleFileVisitor<Path> {

    /** The codes this walk reports, which belong to the scan rather than to one parsed file. */
    static final String LINK = "source.symlink";
    static final String FOLDER = "source.folder";

    /**
     * How messages name the walk: where the link is ({@code in}, empty for the content folder, which every path shows),
     * the folder links may not leave, where to copy a file instead, and what to do about a link to a folder.
     */
    record Scope(String in, String boundary, String copyInto, String folderLinkHint) {

        static Scope content() {
            return new Scope("", "the content folder", "the content folder",
                    "Move the records into this folder, or set the kind's folder in site/handbook.yaml to the real one.");
        }

        /** A {@code sources:} folder, which may link anywhere inside the repository. */
        static Scope source(String path) {
            return new Scope(" in the source folder " + path, "the repository", path,
                    "Move the records into " + path + ", or list the real folder under `sources:` in site/handbook.yaml.");
        }
    }

    private final Path folder;
    private final Path boundaryReal;
    private final Scope scope;
    private final DisplayPaths paths;
    private final Consumer<Path> file;
    private final Diagnostics diagnostics;

    FolderWalker(Path folder, Path boundaryReal, Scope scope, DisplayPaths paths, Consumer<Path> file, Diagnostics diagnostics) {
        this.folder = folder;
        this.boundaryReal = boundaryReal;
        this.scope = scope;
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
            diagnostics.error(LINK, SourcePosition.file(paths.of(path)), "Cannot follow this link" + scope.in() + ": " + IoProblems.describe(e) + ".",
                    "Point it at an existing file inside " + scope.boundary() + ", or remove it.");
            return FileVisitResult.CONTINUE;
        }
        boolean isFolder = Files.isDirectory(target);
        if (!target.startsWith(boundaryReal)) {
            if (isFolder || SourceScanner.isRecordFile(path)) {
                diagnostics.error(LINK, SourcePosition.file(paths.of(path)), "This link" + scope.in() + " points outside " + scope.boundary()
                                + ", to " + paths.of(target) + "; handbook publishes only what is inside it.",
                        "Copy the " + (isFolder ? "folder" : "file") + " into " + scope.copyInto() + " instead of linking to it.");
            }
        } else if (isFolder) {
            diagnostics.warning(LINK, SourcePosition.file(paths.of(path)),
                    "This link" + scope.in() + " to the folder " + paths.of(target) + " is not followed.", scope.folderLinkHint());
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
