/**
 * The catalog stage: the immutable index of a handbook's records.
 *
 * <p>Takes the parsed {@link dev.handbook.model.Entry} records; gives a {@link dev.handbook.catalog.Catalog}, indexed by
 * id name (unique across kinds, matched regardless of case), by {@link dev.handbook.model.EntryId} and by kind, iterated
 * sorted by kind then id. {@link dev.handbook.catalog.CatalogBuilder} reports ids defined more than once, listing every
 * place, and {@link dev.handbook.catalog.AdrNumberReferences} turns references between ADRs written by number
 * ({@code ADR-0045}) into ids.
 *
 * <p>Later stages (convert, xref, freshness, render) may rely on every id in the catalog being unique and every
 * lookup being thread-safe. Uses only {@code diagnostics} and {@code model}.
 */
package dev.handbook.catalog;
