package dev.handbook.render;

import java.util.List;

/**
 * What every page knows of the site and of its place in it. {@code root} leads from the page back to the site root;
 * {@code code} and {@code mermaid} say whether the page needs the highlighter or the diagram library.
 */
public record SiteView(
        String title, String description, String asOf, String root, List<NavItem> nav, List<NavItem> crumbs, boolean code, boolean mermaid) {

    public SiteView {
        nav = List.copyOf(nav);
        crumbs = List.copyOf(crumbs);
    }
}
