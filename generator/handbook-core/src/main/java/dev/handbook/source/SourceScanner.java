package dev.handbook.source;

import dev.handbook.config.HandbookConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the content files of each kind under the content root. Files and folders whose names start with {@code _} or
 * {@code .} are skipped, and so are files of other types (fixtures kept beside records). Whether a file's form suits
 * its kind is for the parser to judge.
 */
public final class SourceScanner {

    /** Every record file under the kinds' folders; links and unreadable folders are reported in the set's problems. */
    public SourceSet scan(Path contentRoot, HandbookConfig config, DisplayPaths paths) {
        return scan(contentRoot, contentRoot.toAbsolutePath().normalize().getParent(), config, paths, List.of());
    }

    /**
     * Every record file of the handbook: those of {@code sources:} when the config lists any (paths relative to
     * {@code repository}), else those under each kind's folder of {@code contentRoot}.
     *
     * @param formats the names of the format readers a source's {@code format:} may name
     */
    public SourceSet scan(Path contentRoot, Path repository, HandbookConfig config, DisplayPaths paths, List<String> formats) {
        if (config.listsSources()) {
            return new SourceFolders(repository, paths, formats, new Diagnostics()).scan(config.sources());
        }
        List<SourceFile> files = new ArrayList<>();
        Diagnostics problems = new Diagnostics();
        Path contentReal = realPath(contentRoot);
        if (!Files.isReadable(contentRoot) || !Files.isExecutable(contentRoot)) {
            // Its folders would look absent and the handbook empty: say why instead.
            problems.error(FolderWalker.FOLDER, SourcePosition.file(paths.of(contentRoot)), "Cannot read this folder: permission denied.",
                    IoProblems.PERMISSION_HINT);
        }
        for (EntryKind kind : EntryKind.values()) {
            Path folder = contentRoot.resolve(config.folder(kind));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.walkFileTree(folder, new FolderWalker(folder, contentReal, FolderWalker.Scope.content(), paths,
                        file -> classify(kind, file, paths).ifPresent(files::add), problems));
            } catch (IOException e) {
                problems.error(FolderWalker.FOLDER, SourcePosition.file(paths.of(folder)),
                        "Cannot read this folder: " + IoProblems.describe(e) + ".", IoProblems.hint(e));
            }
        }
        files.sort(Comparator.comparing(SourceFile::displayPath));
        return new SourceSet(files, problems.sorted());
    }

    /** Whether {@code code} is one the scan reports (kept across incremental rebuilds, which do not rescan). */
    public static boolean isScanProblem(String code) {
        return code.equals(FolderWalker.LINK) || code.equals(FolderWalker.FOLDER);
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

    public static boolean skipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isRecordFile(Path file) {
        return SourceFormat.ofFileName(file.getFileName().toString()).isPresent();
    }

    static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private static Optional<SourceFile> classify(EntryKind kind, Path file, DisplayPaths paths) {
        return kind.formatOf(file.getFileName().toString())
                .map(format -> new SourceFile(kind, format, file.toAbsolutePath().normalize(), paths.of(file)));
    }
}
