/**
 * The xref stage: who links to whom.
 *
 * <p>Takes the {@link dev.handbook.catalog.Catalog} and the record links found by conversion; gives an
 * {@link dev.handbook.xref.XrefGraph}: every resolved {@link dev.handbook.xref.Edge} in both directions (sorted, no
 * duplicates) and the derived supersedes relation of ADRs. {@link dev.handbook.xref.XrefResolver} reports unknown ids and
 * wrong kinds at their positions with a suggestion, supersession cycles and status contradictions, and records nothing
 * refers to (orphans).
 *
 * <p>Later stages may rely on every edge pointing at a record of the catalog, so pages never link to a missing one.
 * Uses {@code diagnostics}, {@code model}, {@code catalog} and {@code convert}.
 */
package dev.handbook.xref;
