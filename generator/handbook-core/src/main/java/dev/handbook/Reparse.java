package dev.handbook;

import dev.handbook.model.EntryId;
import dev.handbook.parse.EntryParser;
import dev.handbook.parse.ParsedFile;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceSet;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parse results of a fresh scan, taking over those of the build before for every file that was not changed and
 * that the scan found as before (same kind, format, reader and source options): a rebuild of a handbook read from
 * {@code sources:} scans its folders again but parses only what changed.
 *
 * @param files the parse results, in the scan's order
 * @param touched ids of the records of the files parsed again and of those that are gone
 */
record Reparse(List<ParsedFile> files, Set<EntryId> touched) {

    static Reparse of(SourceSet sources, List<ParsedFile> before, Collection<Path> changed, EntryParser parser) {
        Set<Path> edited = changed.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        Map<SourceFile, ParsedFile> unchanged = new HashMap<>();
        before.stream().filter(f -> !edited.contains(f.source().file())).forEach(f -> unchanged.put(f.source(), f));
        List<ParsedFile> files = sources.files().parallelStream()
                .map(source -> Optional.ofNullable(unchanged.get(source)).orElseGet(() -> parser.parse(source)))
                .toList();
        Set<ParsedFile> kept = Collections.newSetFromMap(new IdentityHashMap<>()); // records compare deeply: by identity
        files.stream().filter(f -> unchanged.get(f.source()) == f).forEach(kept::add);
        Set<EntryId> touched = new HashSet<>();
        before.stream().filter(f -> !kept.contains(f)).forEach(f -> f.entries().forEach(e -> touched.add(e.id())));
        files.stream().filter(f -> !kept.contains(f)).forEach(f -> f.entries().forEach(e -> touched.add(e.id())));
        return new Reparse(files, touched);
    }
}
