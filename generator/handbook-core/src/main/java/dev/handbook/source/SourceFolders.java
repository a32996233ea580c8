package dev.handbook.source;

import dev.handbook.config.SourceConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.formats.FormatInput;
import dev.handbook.formats.FormatReaders;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the files of the {@code sources:} folders, read where they are. A folder that does not exist and a format
 * nobody reads are errors at their line of the config; a file that is not of a record type is counted as skipped; a
 * file reached twice (overlapping sources, a link to a file already read) is read once. A file's owner defaults to its
 * {@code OWNERS} or {@code CODEOWNERS} owner ({@link OwnerFiles}), over the source's {@code defaults: owner}, since
 * those files are per folder; the owner files themselves are counted as skipped.
 */
final class SourceFolders {

    static final String UNKNOWN_TYPE = "files of unknown type";

    private final Path repository;
    private final DisplayPaths paths;
    private final List<String> formats;
    private final Diagnostics problems;
    private final Map<String, List<String>> skipped = new TreeMap<>();
    /** Each file by its real path: the first source that reaches it wins, and within it the file itself over a link. */
    private final Map<Path, SourceFile> byRealPath = new LinkedHashMap<>();
    private final OwnerFiles owners;

    SourceFolders(Path repository, DisplayPaths paths, List<String> formats, Diagnostics problems) {
        this.repository = repository.toAbsolutePath().normalize();
        this.paths = paths;
        this.formats = formats;
        this.problems = problems;
        this.owners = new OwnerFiles(this.repository, paths);
    }

    SourceSet scan(List<SourceConfig> sources) {
        Path repositoryReal = SourceScanner.realPath(repository);
        for (SourceConfig source : sources) {
            if (!source.format().equals(FormatReaders.AUTO) && !source.format().equals(FormatReaders.NATIVE) && !formats.contains(source.format())) {
                problems.error("config.format", source.formatAt(), "No format is called '" + source.format() + "'.",
                        "Write one of: " + String.join(", ", known()) + ".");
                continue;
            }
            Path folder = repository.resolve(source.path()).normalize();
            if (!Files.isDirectory(folder)) {
                problems.error("config.source", source.where(), "Source folder '" + source.path() + "' does not exist.",
                        "Write the folder's path relative to the folder that holds site/, e.g. `docs/adr`.");
                continue;
            }
            Map<Path, SourceFile> found = new LinkedHashMap<>();
            try {
                Files.walkFileTree(folder, new FolderWalker(folder, repositoryReal, FolderWalker.Scope.source(source.path()), paths,
                        file -> accept(source, folder, file, found), problems));
            } catch (IOException e) {
                problems.error(FolderWalker.FOLDER, SourcePosition.file(paths.of(folder)), "Cannot read this folder: " + IoProblems.describe(e) + ".",
                        IoProblems.hint(e));
            }
            FormatInput.Collection collection = source.format().equals(FormatReaders.NATIVE) ? FormatInput.Collection.NONE
                    : DateOrder.of(found.values().stream().map(SourceFolders::text).toList()).withTargets(source.map());
            found.forEach((real, f) -> byRealPath.put(real, new SourceFile(f.kind(), f.format(), f.file(), f.displayPath(), source.format(),
                    owners.defaults(source.defaults(), f.file()), collection, true, source.fields())));
        }
        List<SourceFile> files = new ArrayList<>(byRealPath.values());
        files.sort(Comparator.comparing(SourceFile::displayPath));
        return new SourceSet(files, problems.sorted(), skipped);
    }

    private void accept(SourceConfig source, Path folder, Path file, Map<Path, SourceFile> found) {
        Path relative = folder.relativize(file);
        Path real = SourceScanner.realPath(file);
        if (!matchesAny(source.include(), relative, true) || matchesAny(source.exclude(), relative, false) || byRealPath.containsKey(real)) {
            return;
        }
        if (OwnerFiles.isOwnerFile(file)) {
            skipped.computeIfAbsent(OwnerFiles.SKIPPED, k -> new ArrayList<>()).add(paths.of(file));
            return;
        }
        source.kind().formatOf(file.getFileName().toString()).ifPresentOrElse(
                format -> found.merge(real, new SourceFile(source.kind(), format, file.toAbsolutePath().normalize(), paths.of(file)),
                        (kept, other) -> Files.isSymbolicLink(kept.file()) ? other : kept),
                () -> skipped.computeIfAbsent(UNKNOWN_TYPE, k -> new ArrayList<>()).add(paths.of(file)));
    }

    /** Whether {@code relative} matches one of {@code globs}; {@code whenNone} when there are none. */
    private static boolean matchesAny(List<String> globs, Path relative, boolean whenNone) {
        if (globs.isEmpty()) {
            return whenNone;
        }
        return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).anyMatch((PathMatcher m) -> m.matches(relative));
    }

    private List<String> known() {
        List<String> all = new ArrayList<>(List.of(FormatReaders.AUTO, FormatReaders.NATIVE));
        all.addAll(formats);
        return all;
    }

    /** The text for inferring date order only; a file that cannot be read is reported when it is parsed. */
    private static String text(SourceFile file) {
        try {
            return Files.readString(file.file());
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }
}
