package dev.handbook.convert;

/**
 * A heading of converted markup, for a page's "On this page" list.
 *
 * @param level the HTML heading level it was rendered at (2 for {@code <h2>})
 * @param id its id on the page, unique within the entry's page
 * @param text its text without markup
 */
public record Heading(int level, String id, String text) {}
