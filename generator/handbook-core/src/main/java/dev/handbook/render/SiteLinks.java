package dev.handbook.render;

import dev.handbook.model.PagePaths;

/**
 * The links every page may print to the site's own pages and assets, relative to that page. Made from {@link PagePaths}
 * only, so templates never spell an output path.
 */
public record SiteLinks(
        String home,
        String stylesheet,
        String script,
        String gameDay,
        String highlight,
        String mermaid,
        String offline,
        String matrix,
        String attention,
        String verification,
        String calendar) {

    /** The links as seen from the page at {@code path}. */
    public static SiteLinks from(String path) {
        return new SiteLinks(
                PagePaths.relative(path, PagePaths.HOME),
                PagePaths.relative(path, PagePaths.STYLESHEET),
                PagePaths.relative(path, PagePaths.SCRIPT),
                PagePaths.relative(path, PagePaths.GAME_DAY_SCRIPT),
                PagePaths.relative(path, PagePaths.HIGHLIGHT),
                PagePaths.relative(path, PagePaths.MERMAID),
                PagePaths.relative(path, PagePaths.OFFLINE),
                PagePaths.relative(path, PagePaths.SPOF_MATRIX),
                PagePaths.relative(path, PagePaths.ATTENTION),
                PagePaths.relative(path, PagePaths.VERIFICATION),
                PagePaths.relative(path, PagePaths.CALENDAR));
    }
}
