package dev.handbook.source;

import dev.handbook.config.AlertSource;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Prometheus rule files of the {@code sources:} of {@code kind: alert}: every YAML or JSON file under each folder,
 * walked as record sources are (no links out of the repository, names starting with {@code _} or {@code .} left out).
 * Files of other types (a README) are not rule files and are passed over. Reads only; stateless.
 */
public final class RuleFiles {

    /** One rule file's text, as read. */
    public record RuleFile(String displayPath, String text, boolean json) {}

    private RuleFiles() {}

    /** The rule files of {@code sources}, sorted by path; a folder that does not exist is an error at its config entry. */
    public static List<RuleFile> read(List<AlertSource> sources, Path repository, DisplayPaths paths, Diagnostics diagnostics) {
        List<Path> found = new ArrayList<>();
        Path repositoryReal = SourceScanner.realPath(repository);
        for (AlertSource source : sources) {
            Path folder = repository.resolve(source.path()).normalize();
            if (!Files.isDirectory(folder)) {
                diagnostics.error("config.source", source.where(), "Source folder '" + source.path() + "' does not exist.",
                        "Write the folder of the rule files relative to the folder that holds site/, e.g. `monitoring/rules`.");
                continue;
            }
            try {
                Files.walkFileTree(folder, new FolderWalker(folder, repositoryReal, FolderWalker.Scope.source(source.path()), paths,
                        file -> {
                            if (isRuleFile(file) && !found.contains(file)) {
                                found.add(file);
                            }
                        }, diagnostics));
            } catch (IOException e) {
                diagnostics.error(FolderWalker.FOLDER, SourcePosition.file(paths.of(folder)), "Cannot read this folder: " + IoProblems.describe(e) + ".",
                        IoProblems.hint(e));
            }
        }
        List<RuleFile> files = new ArrayList<>();
        for (Path file : found) {
            String shown = paths.of(file);
            TextFiles.read(file, shown, diagnostics).ifPresent(text -> files.add(new RuleFile(shown, text, name(file).endsWith(".json"))));
        }
        files.sort(Comparator.comparing(RuleFile::displayPath));
        return List.copyOf(files);
    }

    private static boolean isRuleFile(Path file) {
        String name = name(file);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
