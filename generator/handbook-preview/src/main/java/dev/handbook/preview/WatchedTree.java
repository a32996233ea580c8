package dev.handbook.preview;

import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Which folders below the watched ones get a watch: not the ignored ones (build output, {@code target/}) unless a
 * watched folder lies inside them, and not hidden ones ({@code .git}, {@code .idea}), which the build never reads and
 * which change on every commit. The watcher walks each new folder with it, so a folder created later is judged alike.
 */
final class WatchedTree implements FileTreeVisitor {

    private final List<Path> roots;
    private final List<Path> ignored;

    WatchedTree(List<Path> roots, List<Path> ignored) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        // An ignored folder that holds a watched one (content generated under target/) is watched after all.
        this.ignored = ignored.stream().filter(i -> this.roots.stream().noneMatch(r -> r.startsWith(i))).toList();
    }

    /** Whether {@code path} (a changed file or folder) lies in an ignored or hidden folder, or is one. */
    boolean ignores(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return ignored.stream().anyMatch(absolute::startsWith) || hiddenBelowRoot(absolute);
    }

    private boolean hiddenBelowRoot(Path folder) {
        return roots.stream().filter(folder::startsWith).findFirst().map(root -> {
            for (Path part : root.relativize(folder)) {
                if (part.toString().startsWith(".")) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (ignores(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDirectory.call(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder is the build's to report, not the watcher's
            }
        });
    }
}
