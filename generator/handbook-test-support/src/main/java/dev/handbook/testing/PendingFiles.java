package dev.handbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The files an update run writes beside the goldens for a person to review: {@code X.new} holds what {@code X} should
 * become, {@code X.deleted.new} (empty) says that {@code X} should go. Accepting one applies it and removes it.
 */
final class PendingFiles {

    static final String NEW = ".new";
    static final String DELETED = ".deleted" + NEW;

    private PendingFiles() {}

    static boolean isPending(String name) {
        return name.endsWith(NEW);
    }

    /** The golden a pending file is about. */
    static Path golden(Path pending) {
        String name = pending.getFileName().toString();
        int cut = name.endsWith(DELETED) ? DELETED.length() : NEW.length();
        return pending.resolveSibling(name.substring(0, name.length() - cut));
    }

    /** The pending files about {@code golden}, which is a file that may or may not exist. */
    static List<Path> of(Path golden) {
        List<Path> found = new ArrayList<>();
        for (Path candidate : List.of(sibling(golden, NEW), sibling(golden, DELETED))) {
            if (Files.exists(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** Writes {@code X.new} with the content {@code X} should have. */
    static Path writeReplacement(Path golden, byte[] content) {
        return write(sibling(golden, NEW), content);
    }

    /** Writes the marker saying {@code X} should be deleted. */
    static Path writeDeletion(Path golden) {
        return write(sibling(golden, DELETED), new byte[0]);
    }

    /** Applies a pending file to its golden and removes it. */
    static void accept(Path pending) {
        Path golden = golden(pending);
        try {
            if (pending.getFileName().toString().endsWith(DELETED)) {
                Files.deleteIfExists(golden);
                Files.delete(pending);
            } else {
                Files.move(pending, golden, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path pending) {
        try {
            Files.deleteIfExists(pending);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sibling(Path golden, String suffix) {
        return golden.resolveSibling(golden.getFileName() + suffix);
    }

    private static Path write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            return Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
