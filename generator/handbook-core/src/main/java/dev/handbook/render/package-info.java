/**
 * The render stage: every page of the site, from a read-only model and its FreeMarker template.
 *
 * <p>Takes a {@link dev.handbook.render.input.RenderInput}; gives {@link dev.handbook.render.Page}s (path inside the
 * site, bytes). {@link dev.handbook.render.PageRenderer} builds each page's model (record pages, kind indexes, the SPOF
 * matrix, the attention, verification and tag pages, {@code schedule.ics} by {@link dev.handbook.render.CalendarWriter})
 * and renders it in parallel with {@link dev.handbook.render.TemplateEngine}: {@code site/templates/} first, then the
 * default theme, HTML auto-escaped, template errors reported as diagnostics with the template's line. Pages that fail
 * are reported and left out.
 *
 * <p>Later stages (search, publish) may rely on pages being deterministic (sorted, no timestamps, relative links), so
 * the same content and date give byte-identical output.
 */
package dev.handbook.render;
