package dev.handbook.render.input;

/**
 * A link to a page as templates show it.
 *
 * @param kind the target's kind label, e.g. {@code Runbook}
 * @param note a short summary shown beside it, e.g. {@code 2026-10-02 · pass}, or empty
 * @param tone a CSS modifier for the note: {@code good}, {@code warn}, {@code bad} or empty
 */
public record LinkView(String href, String title, String kind, String note, String tone) {}
