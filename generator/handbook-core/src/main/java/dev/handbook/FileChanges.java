package dev.handbook;

import dev.handbook.config.HandbookConfig;
import dev.handbook.model.EntryId;
import dev.handbook.parse.EntryParser;
import dev.handbook.parse.ParsedFile;
import dev.handbook.source.DisplayPaths;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies files changed on disk to a snapshot's parse results: changed and new files are parsed, deleted ones dropped.
 *
 * @param files the parse results after the change, sorted by path
 * @param touched ids of records that were added, removed or changed
 * @param hasAsciidoc whether a parsed file is AsciiDoc
 */
record FileChanges(List<ParsedFile> files, Set<EntryId> touched, boolean hasAsciidoc) {

    /** Empty when a folder changed, which needs a full rescan. */
    static Optional<FileChanges> apply(List<ParsedFile> before, Collection<Path> changed, Path content, HandbookConfig config, DisplayPaths paths) {
        Map<Path, ParsedFile> files = new HashMap<>();
        before.forEach(f -> files.put(f.source().file(), f));
        Set<EntryId> touched = new HashSet<>();
        boolean asciidoc = false;
        boolean sameFiles = true; // none added or removed: the sorted list keeps its order
        SourceScanner scanner = new SourceScanner();
        EntryParser parser = new EntryParser();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (Files.isDirectory(file) || Files.isSymbolicLink(file)) { // links are judged by the scan
                return Optional.empty();
            }
            ParsedFile old = files.remove(file);
            if (old != null) {
                old.entries().forEach(e -> touched.add(e.id()));
            }
            Optional<SourceFile> source = Files.isRegularFile(file) ? scanner.locate(content, file, config, paths) : Optional.empty();
            if (source.isPresent()) {
                ParsedFile parsed = parser.parse(source.get());
                files.put(file, parsed);
                asciidoc |= source.get().format() == dev.handbook.model.SourceFormat.ASCIIDOC;
                parsed.entries().forEach(e -> touched.add(e.id()));
            }
            sameFiles &= (old != null) == source.isPresent();
        }
        List<ParsedFile> sorted = sameFiles ? before.stream().map(f -> files.get(f.source().file())).toList()
                : files.values().stream().sorted(Comparator.comparing(f -> f.source().displayPath())).toList();
        return Optional.of(new FileChanges(sorted, touched, asciidoc));
    }
}
