package dev.handbook.render;

import dev.handbook.model.PagePaths;
import dev.handbook.render.diagram.DependencyGraph;
import dev.handbook.render.diagram.GraphView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;

/** The view {@code map.ftlh} renders: services, SPOFs and runbooks as one graph; {@code graph} is null without any. */
public record MapView(SiteView site, String title, String section, GraphView graph) implements PageView {

    private static final String TITLE = "Dependency map";

    public static MapView of(RenderInput input) {
        String path = PagePaths.MAP;
        return new MapView(SiteView.of(input, path, TITLE, "map"), TITLE, "map",
                DependencyGraph.ofHandbook(input, new PageLinks(input, path)).orElse(null));
    }
}
