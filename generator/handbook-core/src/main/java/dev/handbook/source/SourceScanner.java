package dev.handbook.source;

import dev.handbook.config.HandbookConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
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
 * {@code .} are skipped, and so are files of other types (fixtures kept beside records); a record file of a form its
 * kind does not accept is an error.
 */
public final class SourceScanner {

    public SourceSet scan(Path contentRoot, HandbookConfig config, DisplayPaths paths, Diagnostics diagnostics) {
        List<SourceFile> files = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            Path folder = contentRoot.resolve(config.folder(kind));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> !skipped(folder.relativize(file)))
                        .forEach(file -> classify(kind, file, paths, diagnostics).ifPresent(files::add));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
            }
        }
        files.sort(Comparator.comparing(SourceFile::displayPath));
        return new SourceSet(files);
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

    private static Optional<SourceFile> classify(EntryKind kind, Path file, DisplayPaths paths, Diagnostics diagnostics) {
        Optional<SourceFormat> format = SourceFormat.ofFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            return Optional.empty();
        }
        String shown = paths.of(file);
        if (!kind.accepts(format.get())) {
            diagnostics.error(
                    "source.format",
                    SourcePosition.file(shown),
                    "A " + kind.key() + " cannot be written as " + format.get().name().toLowerCase() + ".",
                    kind.accepts(SourceFormat.YAML) && !kind.accepts(SourceFormat.MARKDOWN)
                            ? "Write it as a .yaml record, or prefix the file name with `_` to keep it out of the handbook."
                            : "Write it as .md or .adoc with front matter, or prefix the file name with `_`.");
            return Optional.empty();
        }
        return Optional.of(new SourceFile(kind, format.get(), file, shown));
    }
}
