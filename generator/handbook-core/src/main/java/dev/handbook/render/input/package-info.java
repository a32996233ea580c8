/**
 * What the render stage reads, and the record of what each page read: the base of incremental rebuilds.
 *
 * <p>Takes the outputs of the earlier stages as {@link dev.handbook.render.input.BuildFacts} (catalog, graph,
 * conversions, freshness, verification, config, as-of date, evidence files); gives each page its own
 * {@link dev.handbook.render.input.RenderInput}, whose views ({@code CatalogReads}, {@code GraphReads},
 * {@code FreshnessReads}, {@code ConversionReads}, {@code VerificationReads}) ask {@link dev.handbook.render.input.Query}s
 * and record each with its answer. Also the link helpers every page uses: {@link dev.handbook.render.input.PageLinks}
 * ({@link dev.handbook.render.input.LinkView}s relative to the page, computed from {@link dev.handbook.model.PagePaths}),
 * {@link dev.handbook.render.input.EntrySummary} and {@link dev.handbook.render.input.TagIndex}.
 *
 * <p>Later stages may rely on this: a page that reads the build only through its {@code RenderInput} comes out the
 * same whenever its recorded queries answer the same, so {@code render} reuses it. Queries are values and answers are
 * compared with {@code equals}; a query answers from the facts alone. A rebuild does not ask again a query that is
 * {@link dev.handbook.render.input.Query#about} a record whose facts did not change
 * ({@link dev.handbook.render.input.ChangedRecords}), and whole-site listings are made of per-record
 * {@link dev.handbook.render.input.Derived} answers that the next build takes over while their reads hold.
 */
package dev.handbook.render.input;
