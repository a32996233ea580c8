package dev.handbook;

import dev.handbook.config.HandbookConfig;
import dev.handbook.config.SourceConfig;
import dev.handbook.model.EntryKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The folders a build reads: the site folder, and the content folder or, when the site config lists {@code sources:},
 * each source's folder instead. For front ends that must notice changes (the preview's watcher) or decide whether
 * there is a handbook at all (the Maven report).
 *
 * <pre><code>
 * List&lt;Path&gt; watched = ReadFolders.of(snapshot.options(), snapshot.config());
 * </code></pre>
 */
public final class ReadFolders {

    private ReadFolders() {}

    /**
     * The existing folders a build of {@code options} under {@code config} reads, absolute and normalised, in config
     * order; a folder inside another one listed is left out, since watching or walking the outer one covers it.
     */
    public static List<Path> of(BuildOptions options, HandbookConfig config) {
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(config, "config must not be null");
        List<Path> candidates = new ArrayList<>();
        if (config.listsSources()) {
            Path repository = repository(options);
            for (SourceConfig source : config.sources()) {
                candidates.add(repository.resolve(source.path()));
            }
            config.alertSources().forEach(source -> candidates.add(repository.resolve(source.path()))); // rule files: watched too
        } else {
            candidates.add(options.content());
        }
        candidates.add(options.site());
        List<Path> folders = new ArrayList<>();
        for (Path candidate : candidates) {
            Path folder = candidate.toAbsolutePath().normalize();
            if (Files.isDirectory(folder) && !folders.contains(folder)) {
                folders.add(folder);
            }
        }
        return folders.stream().filter(f -> folders.stream().noneMatch(other -> !other.equals(f) && f.startsWith(other))).toList();
    }

    /** Where new records of {@code kind} go: the first {@code sources:} entry of the kind, else its folder under content. */
    public static Path newRecordsOf(BuildOptions options, HandbookConfig config, EntryKind kind) {
        return config.sourceFolder(kind).map(repository(options)::resolve).orElse(options.content().resolve(config.folder(kind)));
    }

    /** The repository root that {@code sources:} paths are relative to: the folder that holds the site folder. */
    public static Path repository(BuildOptions options) {
        return options.site().toAbsolutePath().normalize().getParent();
    }
}
