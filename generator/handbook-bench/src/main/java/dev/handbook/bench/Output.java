package dev.handbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the files of one generated tree. A tree carries a marker file naming the generator; only folders of a tree
 * with that marker are cleared before writing again, so the generator never deletes anything it did not write.
 */
final class Output {

    private final Path root;
    private final Set<Path> createdDirectories = new HashSet<>();
    private long bytes;
    private int files;

    private Output(Path root) {
        this.root = root;
    }

    /**
     * Prepares {@code root}: creates it, or, when it holds a previous run's marker, deletes that run's
     * {@code managed} entries. Fails when a managed entry exists without the marker.
     */
    static Output open(Path root, String marker, String markerText, String... managed) throws IOException {
        Files.createDirectories(root);
        Path markerFile = root.resolve(marker);
        boolean ours = Files.isRegularFile(markerFile);
        for (String name : managed) {
            Path path = root.resolve(name);
            if (Files.exists(path)) {
                if (!ours) {
                    throw new IllegalArgumentException(path + " exists and was not written by this generator (no "
                            + marker + " in " + root + "); use an empty or new folder");
                }
                delete(path);
            }
        }
        Output out = new Output(root);
        out.write(marker, markerText);
        return out;
    }

    void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Path parent = file.getParent();
        if (createdDirectories.add(parent)) {
            Files.createDirectories(parent);
        }
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        bytes += content.length;
        files++;
    }

    long bytes() {
        return bytes;
    }

    int files() {
        return files;
    }

    private static void delete(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            Files.delete(path);
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
