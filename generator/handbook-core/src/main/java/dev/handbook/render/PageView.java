package dev.handbook.render;

/**
 * What every page's view gives {@code layout.ftlh}: the site part, the page's title and its section (a kind's key or a
 * site page's name). Each template's view record implements it; templates read record components only.
 */
public interface PageView {

    SiteView site();

    String title();

    String section();
}
