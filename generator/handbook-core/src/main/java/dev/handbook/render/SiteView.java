package dev.handbook.render;

import java.util.List;

/**
 * What every page knows of the site and of its place in it. {@code root} leads from the page back to the site root;
 * {@code code} and {@code mermaid} say whether the page needs the highlighter or the diagram library; {@code offline}
 * whether the site has an offline copy to link to.
 */
public record SiteView(
        String title, String description, String asOf, String root, List<NavItem> nav, List<NavItem> crumbs, boolean code, boolean mermaid,
        boolean offline) {

    public SiteView {
        nav = List.copyOf(nav);
        crumbs = List.copyOf(crumbs);
    }
}
