package dev.handbook.render;

import java.util.List;

/** What every page knows of the site. {@code root} leads from the page back to the site root. */
public record SiteView(String title, String description, String asOf, String root, List<NavItem> nav) {

    public SiteView {
        nav = List.copyOf(nav);
    }
}
