package dev.handbook.source;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.SourceFormat;
import java.util.List;

/**
 * The content files of a handbook, sorted by display path, and the problems met while finding them (links leading out
 * of the content folder, folders that cannot be read).
 */
public record SourceSet(List<SourceFile> files, List<Diagnostic> problems) {

    public SourceSet {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Whether any file needs AsciidoctorJ, which is slow to start and so only started when needed. */
    public boolean hasAsciidoc() {
        return files.stream().anyMatch(f -> f.format() == SourceFormat.ASCIIDOC);
    }
}
