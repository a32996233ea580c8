package dev.handbook.parse;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.source.SourceFile;
import java.util.List;
import java.util.Optional;


/**
 * What one source file gave: its record, or nothing if it had errors, and the problems found in it. Kept per file so
 * an incremental rebuild re-parses only the files that changed.
 *
 * @param entry null when the file has errors or is not a record
 * @param skipped why a format reader found the file is not a record (a template, an index page); empty otherwise
 */
public record ParsedFile(SourceFile source, dev.handbook.model.Entry entry, List<Diagnostic> diagnostics, Optional<String> skipped) {

    public ParsedFile {
        diagnostics = List.copyOf(diagnostics);
        java.util.Objects.requireNonNull(skipped, "skipped must not be null");
    }

    public ParsedFile(SourceFile source, dev.handbook.model.Entry entry, List<Diagnostic> diagnostics) {
        this(source, entry, diagnostics, Optional.empty());
    }
}
