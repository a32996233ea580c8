package dev.handbook.render;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pages made from templates, by output path, with what each read; and how many of them this build rendered (the
 * rest were reused from the previous build). Immutable.
 */
public record RenderedSite(Map<String, RenderedPage> byPath, int rendered) {

    /** No pages: the previous build of a full build. */
    public static final RenderedSite NONE = new RenderedSite(Map.of(), 0);

    public RenderedSite {
        byPath = Collections.unmodifiableMap(new TreeMap<>(byPath));
    }

    public Optional<RenderedPage> page(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The pages that rendered, in path order. */
    public List<Page> pages() {
        return byPath.values().stream().flatMap(p -> p.page().stream()).toList();
    }
}
