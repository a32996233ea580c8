/**
 * The render stage: every page of the site, from a read-only model and its FreeMarker template.
 *
 * <p>Takes {@link dev.handbook.render.input.BuildFacts} and the previous build's
 * {@link dev.handbook.render.RenderedSite}; gives the new {@code RenderedSite}: {@link dev.handbook.render.Page}s (path
 * inside the site, bytes), each with the queries it read. {@link dev.handbook.render.SiteRenderer} reuses a previous
 * page whose queries all answer the same and renders the others, so a full build is a rebuild from
 * {@code RenderedSite.NONE}. {@link dev.handbook.render.PageRenderer} lists the site's pages and builds each page's model (record pages, kind indexes, the SPOF
 * matrix, the attention, verification and tag pages, {@code schedule.ics} by {@link dev.handbook.render.CalendarWriter})
 * and renders it in parallel with {@link dev.handbook.render.TemplateEngine}: {@code site/templates/} first, then the
 * default theme, HTML auto-escaped, template errors reported as diagnostics with the template's line. Pages that fail
 * are reported and left out.
 *
 * <p>Later stages (search, publish) may rely on pages being deterministic (sorted, no timestamps, relative links), so
 * the same content and date give byte-identical output.
 */
package dev.handbook.render;
