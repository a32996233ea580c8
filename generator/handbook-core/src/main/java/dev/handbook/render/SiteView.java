package dev.handbook.render;

import dev.handbook.model.PagePaths;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * What every page knows of the site and of its place in it. {@code root} leads from the page back to the site root (the
 * script reads it to find the search index); {@code links} are the site's pages and assets as seen from this page;
 * {@code code} and {@code mermaid} say whether the page needs the highlighter or the diagram library; {@code offline}
 * whether the site has an offline copy to link to; {@code canonical} is the page's address under {@code base_url}, empty
 * without one.
 */
public record SiteView(
        String title, String description, String asOf, String root, SiteLinks links, List<NavItem> nav, List<NavItem> crumbs, boolean code,
        boolean mermaid, boolean offline, String canonical) {

    public SiteView {
        nav = List.copyOf(nav);
        crumbs = List.copyOf(crumbs);
    }

    /** The site part of a page without code blocks or diagrams. */
    public static SiteView of(RenderInput input, String path, String title, String section) {
        return of(input, path, title, section, false, false);
    }

    /** The site part of the page at {@code path}, titled {@code title}, in {@code section}. */
    public static SiteView of(RenderInput input, String path, String title, String section, boolean code, boolean mermaid) {
        return new SiteView(input.config().title(), input.config().description(), input.asOf().toString(), PagePaths.root(path),
                SiteLinks.from(path), Navigation.sidebar(input, path, section), Navigation.crumbs(path, section, title), code,
                mermaid, input.config().offline(), input.config().baseUrl().isEmpty() ? "" : input.config().baseUrl() + path);
    }
}
