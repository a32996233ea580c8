package dev.handbook.render;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.render.input.Query;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page as its render left it: the page (none if its template failed), what it read of the build with the
 * answers, and what its render reported. A later build reuses it whole while every read still gets the same answer.
 */
public record RenderedPage(String path, Optional<Page> page, Map<Query<?>, Object> reads, List<Diagnostic> diagnostics) {

    public RenderedPage {
        reads = Collections.unmodifiableMap(new HashMap<>(reads)); // answers may be null: no Map.copyOf
        diagnostics = List.copyOf(diagnostics);
    }
}
