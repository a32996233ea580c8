package dev.handbook.source;

import dev.handbook.config.HandbookConfig;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the content files of each kind under the content root. Files and folders whose names start with {@code _} or
 * {@code .} are skipped, and so are files of other types (fixtures kept beside records). Whether a file's form suits
 * its kind is for the parser to judge.
 */
public final class SourceScanner {

    public SourceSet scan(Path contentRoot, HandbookConfig config, DisplayPaths paths) {
        List<SourceFile> files = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            Path folder = contentRoot.resolve(config.folder(kind));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> !skipped(folder.relativize(file)))
                        .forEach(file -> classify(kind, file, paths).ifPresent(files::add));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
            }
        }
        files.sort(Comparator.comparing(SourceFile::displayPath));
        return new SourceSet(files);
    }

    /**
     * The source file at {@code file}, if it is one: inside a kind's folder, not skipped, of a record file type. Used to
     * classify a single changed file without scanning everything.
     */
    public Optional<SourceFile> locate(Path contentRoot, Path file, HandbookConfig config, DisplayPaths paths) {
        Path absolute = file.toAbsolutePath().normalize();
        for (EntryKind kind : EntryKind.values()) {
            Path folder = contentRoot.toAbsolutePath().normalize().resolve(config.folder(kind)).normalize();
            if (absolute.startsWith(folder) && !absolute.equals(folder) && !skipped(folder.relativize(absolute))) {
                return classify(kind, absolute, paths);
            }
        }
        return Optional.empty();
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<SourceFile> classify(EntryKind kind, Path file, DisplayPaths paths) {
        return SourceFormat.ofFileName(file.getFileName().toString())
                .map(format -> new SourceFile(kind, format, file.toAbsolutePath().normalize(), paths.of(file)));
    }
}
