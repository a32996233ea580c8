package dev.handbook.render;

import dev.handbook.model.PagePaths;
import dev.handbook.render.input.RenderInput;
import dev.handbook.render.input.TagIndex;
import java.util.List;

/** The view {@code tags.ftlh} renders: every tag with its page and how many records carry it. */
public record TagsView(SiteView site, String title, String section, List<NavItem> tags) implements PageView {

    private static final String TITLE = "Tags";

    public static TagsView of(RenderInput input, TagIndex tags) {
        String path = PagePaths.TAGS;
        return new TagsView(SiteView.of(input, path, TITLE, "tags"), TITLE, "tags", tags.bySlug().values().stream()
                .map(tag -> new NavItem(tag.label(), PagePaths.relative(path, PagePaths.tag(tag.slug())), tag.ids().size(), false)).toList());
    }
}
