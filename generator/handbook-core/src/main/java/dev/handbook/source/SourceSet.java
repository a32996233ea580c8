package dev.handbook.source;

import dev.handbook.model.SourceFormat;
import java.util.List;

/** The content files of a handbook, sorted by display path. */
public record SourceSet(List<SourceFile> files) {

    public SourceSet {
        files = List.copyOf(files);
    }

    /** Whether any file needs AsciidoctorJ, which is slow to start and so only started when needed. */
    public boolean hasAsciidoc() {
        return files.stream().anyMatch(f -> f.format() == SourceFormat.ASCIIDOC);
    }
}
