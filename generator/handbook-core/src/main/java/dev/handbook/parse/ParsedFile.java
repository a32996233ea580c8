package dev.handbook.parse;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.Entry;
import dev.handbook.source.SourceFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one source file gave: its records, and the problems found in it. Kept per file so an incremental rebuild
 * re-parses only the files that changed.
 *
 * @param entries the records it holds: one for a handbook file, several for a tool's output that lists several
 *     (a Kubernetes {@code List}, a pgBackRest info file of two stanzas); none when the file has errors or is not a record
 * @param skipped why a format reader found the file is not a record (a template, an index page); empty otherwise
 */
public record ParsedFile(SourceFile source, List<Entry> entries, List<Diagnostic> diagnostics, Optional<String> skipped) {

    public ParsedFile {
        entries = List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(skipped, "skipped must not be null");
    }

    /** Whether it gave no record although it was meant to be one: it had errors. */
    public boolean failed() {
        return entries.isEmpty() && skipped.isEmpty();
    }
}
