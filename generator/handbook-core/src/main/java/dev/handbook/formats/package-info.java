/**
 * Readers of other tools' formats (adr-tools, MADR, log4brains, Hugo, …). Takes one file's text and name
 * ({@link dev.handbook.formats.FormatInput}); gives the fields and body the native parser would have produced
 * ({@link dev.handbook.formats.FormatResult}), with positions. The parse stage uses them for sources whose
 * {@code format} is not native; nothing after parsing knows which format a record came from.
 *
 * <p>ADRs: {@link dev.handbook.formats.AdrToolsReader} (Nygard / adr-tools) and {@link dev.handbook.formats.MadrReader}
 * (MADR 2/3/4, log4brains, metadata tables), sharing {@link dev.handbook.formats.AdrStatusTable} for statuses,
 * {@link dev.handbook.formats.LooseDates} for dates and {@link dev.handbook.formats.IdNames} for the ids of relation
 * targets. Their fields are the ADR schema's ({@code title}, {@code status}, {@code date}, {@code deciders},
 * {@code tags}, {@code supersedes}, {@code superseded_by}), plus {@code relations} ({@code [{verb, target}]}) for any
 * other verb; the body keeps every line of the file, the consumed ones blanked, so positions stay the file's.
 */
package dev.handbook.formats;
