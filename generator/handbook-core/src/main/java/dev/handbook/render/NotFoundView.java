package dev.handbook.render;

import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.RenderInput;

/**
 * The view {@code 404.ftlh} renders: the page a web server (or the preview) shows for an address with no page, in the
 * site's own layout, with its search and the ways back in.
 *
 * @param runbooks the runbooks' index
 * @param spofs the SPOF register
 */
public record NotFoundView(SiteView site, String title, String section, String runbooks, String spofs) implements PageView {

    private static final String TITLE = "Page not found";

    public static NotFoundView of(RenderInput input) {
        String path = PagePaths.NOT_FOUND;
        return new NotFoundView(SiteView.of(input, path, TITLE, "not-found"), TITLE, "not-found",
                PagePaths.relative(path, PagePaths.index(EntryKind.RUNBOOK)), PagePaths.relative(path, PagePaths.index(EntryKind.SPOF)));
    }
}
