package dev.handbook.render;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.render.input.RecordedReads;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page as its render left it: the page (none if its template failed), what it read of the build with the
 * answers, and what its render reported. A later build reuses it whole while every read still gets the same answer.
 */
public record RenderedPage(String path, Optional<Page> page, RecordedReads reads, List<Diagnostic> diagnostics) {

    public RenderedPage {
        Objects.requireNonNull(reads, "reads must not be null");
        diagnostics = List.copyOf(diagnostics);
    }
}
