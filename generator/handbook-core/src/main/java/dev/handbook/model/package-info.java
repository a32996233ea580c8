/**
 * The domain records every later stage shares: the entry kinds ({@link dev.handbook.model.Runbook},
 * {@link dev.handbook.model.Spof}, {@link dev.handbook.model.Adr}, …, all {@link dev.handbook.model.Entry}), their ids
 * ({@link dev.handbook.model.EntryId}), references, snippets, and the value types and enums written in content.
 *
 * <p>Takes nothing from the pipeline; uses only {@code diagnostics} (value readers such as
 * {@link dev.handbook.model.SnippetOptions} report bad values at their position). Gives immutable records and stateless
 * helpers: {@link dev.handbook.model.ValueFormats} (dates, periods, durations as written), {@link dev.handbook.model.Formats}
 * (how they read on pages), {@link dev.handbook.model.PagePaths} (every output path and relative link),
 * {@link dev.handbook.model.EvidenceTimes} (tools' timestamps) and {@link dev.handbook.model.WireValue} (enum spellings).
 *
 * <p>Later stages may rely on every record being immutable with its lists copied, and on
 * {@link dev.handbook.model.PagePaths} for where a record's page is and how to link to it from another page.
 */
package dev.handbook.model;
