package dev.handbook.render;

import dev.handbook.render.input.BuildFacts;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pages made from templates, by output path, with what each read; and which of them this build rendered (the
 * rest were reused from the previous build). Immutable.
 *
 * @param rendered the paths of the pages this build rendered, sorted
 * @param facts what the pages were made from, for the next build to compare with and take answers over from; empty
 *     when there are no pages
 */
public record RenderedSite(Map<String, RenderedPage> byPath, SortedSet<String> rendered, Optional<BuildFacts> facts) {

    /** No pages: the previous build of a full build. */
    public static final RenderedSite NONE = new RenderedSite(Map.of(), new TreeSet<>(), Optional.empty());

    public RenderedSite {
        byPath = Collections.unmodifiableMap(new TreeMap<>(byPath));
        rendered = Collections.unmodifiableSortedSet(new TreeSet<>(rendered));
    }

    public Optional<RenderedPage> page(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The pages that rendered, in path order. */
    public List<Page> pages() {
        return byPath.values().stream().flatMap(p -> p.page().stream()).toList();
    }
}
