package dev.handbook.layout;

import java.util.List;
import java.util.Objects;

/**
 * What {@code handbook init} found in a repository.
 *
 * @param title the handbook's title: the repository folder's name
 * @param sources the record folders, in the order they are written
 * @param unplaced files in those folders that will not become records, with why, e.g. {@code docs/adr/README.md (no
 *     format recognises it as an adr)}
 */
public record Layout(String title, List<FoundSource> sources, List<String> unplaced) {

    public Layout {
        Objects.requireNonNull(title, "title must not be null");
        sources = List.copyOf(sources);
        unplaced = List.copyOf(unplaced);
    }

    /** Whether the build needs {@code sources:}: some records lie outside today's {@code content/<kind>/} folders. */
    public boolean needsSources() {
        return sources.stream().anyMatch(s -> !s.isDefaultFolder());
    }
}
