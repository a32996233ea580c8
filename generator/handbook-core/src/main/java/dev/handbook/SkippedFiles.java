package dev.handbook;

import dev.handbook.parse.ParsedFile;
import dev.handbook.source.SourceSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The files of a build that are not records, by reason: those the scan could not place and those readers skipped. */
final class SkippedFiles {

    private SkippedFiles() {}

    static Map<String, List<String>> of(SourceSet sources, List<ParsedFile> files) {
        Map<String, List<String>> skipped = new TreeMap<>();
        sources.skipped().forEach((reason, paths) -> skipped.computeIfAbsent(reason, r -> new ArrayList<>()).addAll(paths));
        files.forEach(f -> f.skipped().ifPresent(reason -> skipped.computeIfAbsent(reason, r -> new ArrayList<>()).add(f.source().displayPath())));
        skipped.replaceAll((reason, paths) -> paths.stream().sorted().toList());
        return skipped;
    }
}
