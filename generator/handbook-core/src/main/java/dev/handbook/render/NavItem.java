package dev.handbook.render;

import java.util.List;

/**
 * One link of the site navigation, breadcrumbs or home page cards.
 *
 * @param count shown beside the label when zero or more
 * @param children the records listed under the current section in the sidebar
 */
public record NavItem(String label, String href, int count, boolean current, List<NavItem> children) {

    public NavItem {
        children = List.copyOf(children);
    }

    public NavItem(String label, String href, int count, boolean current) {
        this(label, href, count, current, List.of());
    }
}
