package dev.handbook.render;

/** One entry of the site navigation. */
public record NavItem(String label, String href, int count, boolean current) {}
