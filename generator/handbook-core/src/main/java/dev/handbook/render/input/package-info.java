/**
 * What the render stage reads: the outputs of the earlier stages, gathered into one place pages read from.
 *
 * <p>Takes the catalog, conversions, xref graph, freshness and verification reports, the config and the as-of date;
 * gives {@link dev.handbook.render.input.RenderInput}, and the read-only helpers built on it that every page uses:
 * {@link dev.handbook.render.input.PageLinks} ({@link dev.handbook.render.input.LinkView}s relative to the page, grouped
 * as {@link dev.handbook.render.input.LinkGroup}s), {@link dev.handbook.render.input.EntrySummary} (the one-line note
 * beside a link) and {@link dev.handbook.render.input.TagIndex}.
 *
 * <p>{@code render.diagram}, {@code render} and {@code search} may rely on these being immutable and on links being
 * computed here from {@link dev.handbook.model.PagePaths}, never spelled by a template.
 */
package dev.handbook.render.input;
