package dev.handbook.source;

import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import java.nio.file.Path;

/**
 * One content file to load.
 *
 * @param file where to read it
 * @param displayPath its path as shown in diagnostics and pages (relative, forward slashes)
 */
public record SourceFile(EntryKind kind, SourceFormat format, Path file, String displayPath) {

    /** The file name without its extension: the record's default id. */
    public String stem() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
