package dev.handbook.render;

import dev.handbook.render.input.RecordMemo;
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
 * @param memo answers about records, for the next build to take over
 */
public record RenderedSite(Map<String, RenderedPage> byPath, SortedSet<String> rendered, RecordMemo memo) {

    /** No pages: the previous build of a full build. */
    public static final RenderedSite NONE = new RenderedSite(Map.of(), new TreeSet<>(), new RecordMemo());

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
