package dev.handbook.convert;

import dev.handbook.catalog.Catalog;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves link targets written in markup to pages, for converters: record ids, record files by path, and other
 * files of the repository that bodies link to. Links always come from entry pages, which all sit one folder deep.
 */
public final class LinkTargets {

    private final Catalog catalog;
    private final Map<String, Entry> byPath;
    private final Files on;

    /** Targets that resolve ids and record files, but no other file: nothing is read from disk. */
    public LinkTargets(Catalog catalog) {
        this(catalog, null);
    }

    /** @param files where the repository's files are, to find those that bodies link to; null for none */
    public LinkTargets(Catalog catalog, Files files) {
        this.catalog = catalog;
        this.byPath = catalog.entries().stream().collect(Collectors.toMap(e -> e.meta().sourcePath(), Function.identity(), (a, b) -> a));
        this.on = files;
    }

    /** The entry a link names, if it exists and is of the named kind (when a kind is named). */
    public Optional<Entry> resolve(String target, EntryKind kind) {
        return catalog.find(target).filter(e -> kind == null || e.id().kind() == kind);
    }

    /** The record read from the file at {@code displayPath}, matched case-sensitively, as file systems do. */
    Optional<Entry> recordAt(String displayPath) {
        return Optional.ofNullable(byPath.get(displayPath));
    }

    /**
     * The path inside the repository of the file at {@code displayPath}, if it is a regular file there that may be
     * published: not hidden ({@code .env}, {@code .git/}), not outside the repository, even through a link.
     */
    Optional<String> publishable(String displayPath) {
        return on == null ? Optional.empty() : on.publishable(displayPath);
    }

    /** Why the file at {@code displayPath} must not be copied into the site (it could run script), or empty. */
    Optional<String> refusal(String displayPath) {
        return on == null ? Optional.empty() : ScriptableFiles.refusal(on.displayBase().resolve(displayPath));
    }

    /** Whether a regular file is at {@code displayPath}; false when files are not looked at. */
    boolean isFile(String displayPath) {
        return on != null && java.nio.file.Files.isRegularFile(on.displayBase().resolve(displayPath));
    }

    /** Whether nothing, no folder or file of any kind, is at {@code displayPath}; false when files are not looked at. */
    boolean missing(String displayPath) {
        return on != null && !java.nio.file.Files.exists(on.displayBase().resolve(displayPath));
    }

    /** The relative URL of an entry's page, from any entry page. */
    public String href(Entry target) {
        return PagePaths.relative("x/y.html", PagePaths.entry(target.id()));
    }

    /** The relative URL of a copied file, from any entry page. */
    static String fileHref(String repositoryPath) {
        return PagePaths.relative("x/y.html", PagePaths.file(repositoryPath));
    }

    /**
     * Where files are: display paths are relative to {@code displayBase}; only files inside {@code repository} (the
     * folder that holds {@code site/}) are published.
     */
    public record Files(Path displayBase, Path repository) {

        public Files {
            displayBase = displayBase.toAbsolutePath().normalize();
            repository = repository.toAbsolutePath().normalize();
        }

        Optional<String> publishable(String displayPath) {
            Path file = displayBase.resolve(displayPath).normalize();
            if (!file.startsWith(repository) || !java.nio.file.Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path inside = repository.relativize(file);
            for (Path part : inside) {
                if (part.toString().startsWith(".")) {
                    return Optional.empty();
                }
            }
            try {
                if (!file.toRealPath().startsWith(repository.toRealPath())) {
                    return Optional.empty(); // a symbolic link out of the repository
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.of(inside.toString().replace('\\', '/'));
        }
    }
}
