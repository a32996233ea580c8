/**
 * Readers of other tools' formats (adr-tools, MADR, log4brains, Hugo, …). Takes one file's text and name
 * ({@link dev.handbook.formats.FormatInput}); gives the fields and body the native parser would have produced
 * ({@link dev.handbook.formats.FormatResult}), with positions. The parse stage uses them for sources whose
 * {@code format} is not native; nothing after parsing knows which format a record came from.
 */
package dev.handbook.formats;
