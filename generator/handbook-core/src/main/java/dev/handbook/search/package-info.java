/**
 * The search stage: the documents the browser's full-text search indexes.
 *
 * <p>Takes the catalog, the conversions' plain text and the page paths; gives a
 * {@link dev.handbook.search.SearchIndex}, one document per record, written as the page {@code search-index.js}: a
 * script that sets a global, since a page opened from {@code file://} may load scripts but not fetch JSON. A rebuild
 * re-serialises only the documents of changed records.
 *
 * <p>The publish stage may rely on the index being one more {@link dev.handbook.render.Page}, deterministic like the
 * others.
 */
package dev.handbook.search;
