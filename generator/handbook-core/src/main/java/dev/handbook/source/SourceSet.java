package dev.handbook.source;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.SourceFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content files of a handbook, sorted by display path, the problems met while finding them (links leading out
 * of the content folder, folders that cannot be read), and the files of {@code sources:} that are not records, by
 * reason (each reason's display paths, sorted).
 */
public record SourceSet(List<SourceFile> files, List<Diagnostic> problems, Map<String, List<String>> skipped) {

    public SourceSet {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        skipped.forEach((reason, paths) -> sorted.put(reason, paths.stream().sorted().toList()));
        skipped = java.util.Collections.unmodifiableMap(sorted);
    }

    public SourceSet(List<SourceFile> files, List<Diagnostic> problems) {
        this(files, problems, Map.of());
    }

    /** Whether any file needs AsciidoctorJ, which is slow to start and so only started when needed. */
    public boolean hasAsciidoc() {
        return files.stream().anyMatch(f -> f.format() == SourceFormat.ASCIIDOC);
    }
}
