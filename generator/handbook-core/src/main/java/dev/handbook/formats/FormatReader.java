package dev.handbook.formats;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryKind;
import java.util.Set;

/**
 * Reads files written for another tool (adr-tools, MADR, log4brains, Hugo, …) into the same fields and body the
 * native front-matter parser produces, with their positions in the file, so no later stage learns which format a
 * record came from. One small class per format, registered in {@link FormatReaders}; each has its own tests.
 *
 * <p>Implementations are stateless and thread-safe: files are read in parallel.
 */
public interface FormatReader {

    /** The name a source's {@code format:} uses, e.g. {@code adr-tools}; lower case, dashes. */
    String name();

    /** The kinds of record files in this format can be. */
    Set<EntryKind> kinds();

    /** Whether {@code input} looks like this format, for {@code format: auto}. Cheap, and reports nothing. */
    boolean recognises(FormatInput input);

    /**
     * The record's fields and body. Problems go to {@code diagnostics} at their positions; a file that cannot become a
     * record is {@link FormatResult.Failed} (with at least one error), and a file that is not a record at all (a
     * template with placeholders, an index page) is {@link FormatResult.Skipped} with the reason.
     */
    FormatResult read(FormatInput input, Diagnostics diagnostics);

    /** This reader reading ADR statuses with {@code statuses}, a site's table; a reader that reads none is itself. */
    default FormatReader withStatuses(AdrStatusTable statuses) {
        return this;
    }
}
