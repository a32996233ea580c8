package dev.handbook.parse;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.source.SourceFile;
import java.util.List;


/**
 * What one source file gave: its record, or nothing if it had errors, and the problems found in it. Kept per file so
 * an incremental rebuild re-parses only the files that changed.
 *
 * @param entry null when the file has errors
 */
public record ParsedFile(SourceFile source, dev.handbook.model.Entry entry, List<Diagnostic> diagnostics) {

    public ParsedFile {
        diagnostics = List.copyOf(diagnostics);
    }
}
