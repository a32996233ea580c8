/**
 * The convert stage: every piece of markup (bodies and Markdown text fields) to sanitized HTML.
 *
 * <p>Takes the {@link dev.handbook.catalog.Catalog}; gives {@link dev.handbook.convert.Conversions}: per entry its
 * {@link dev.handbook.convert.HtmlFragment}s, with the record links written in them (positions kept for the xref
 * stage), headings with unique ids for the outline, plain text for search, verification snippets and Mermaid diagrams.
 * Markdown goes through commonmark ({@link dev.handbook.convert.MarkdownConverter}), AsciiDoc through AsciidoctorJ
 * ({@link dev.handbook.convert.AsciidocConverter}, created lazily); both pass one {@link dev.handbook.convert.HtmlPolicy}
 * once, after conversion, and what it removes is a warning.
 *
 * <p>Later stages may rely on the HTML being safe to place in a page and on links being already rewritten to
 * relative page paths. Conversion runs in parallel; an update reuses the conversions of unchanged entries.
 */
package dev.handbook.convert;
