package dev.handbook.render;

import dev.handbook.model.PagePaths;
import dev.handbook.render.input.LinkGroup;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import dev.handbook.render.input.TagIndex;
import java.util.List;

/** The view {@code tag.ftlh} renders: one tag's records ({@code count} of them), grouped by kind. */
public record TagView(SiteView site, String title, String section, String label, int count, List<LinkGroup> groups) implements PageView {

    public static TagView of(RenderInput input, TagIndex.Tag tag) {
        String path = PagePaths.tag(tag.slug());
        String title = "Tagged " + tag.label();
        return new TagView(SiteView.of(input, path, title, "tags"), title, "tags", tag.label(), tag.ids().size(),
                new PageLinks(input, path).grouped(tag.ids()));
    }
}
