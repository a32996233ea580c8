package dev.handbook;

import dev.handbook.config.HandbookConfig;
import dev.handbook.model.ValueFormats;
import dev.handbook.parse.ParsedFile;
import java.util.List;

/**
 * A handbook read as far as parsing and no further (no conversion, no AsciidoctorJ): what a command that adds a file
 * needs to know of the records already there.
 */
public record ParsedHandbook(HandbookConfig config, List<ParsedFile> files) {

    public ParsedHandbook {
        files = List.copyOf(files);
    }

    /** Whether a record has the id {@code name}; ids are unique across kinds and match regardless of case. */
    public boolean hasId(String name) {
        String folded = ValueFormats.foldId(name);
        return files.stream().flatMap(f -> f.entries().stream()).anyMatch(e -> e.id().name().equals(folded));
    }
}
