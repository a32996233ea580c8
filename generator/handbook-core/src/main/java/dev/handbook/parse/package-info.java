/**
 * The parse stage: every source file to records, front matter split from body and fields checked against the schema.
 *
 * <p>Takes {@link dev.handbook.source.SourceFile}s; gives one {@link dev.handbook.parse.ParsedFile} per file: its
 * {@link dev.handbook.model.Entry} records (one for a handbook file, several for a tool's evidence) and its
 * diagnostics. A file with errors yields no record, only its problems. {@link dev.handbook.parse.FormatDispatch} picks
 * native reading or a {@link dev.handbook.formats.FormatReader}; {@link dev.handbook.parse.FileIds} is the one rule that
 * turns a file name into an id; {@link dev.handbook.parse.EntryFactory} builds each kind from checked fields.
 *
 * <p>Later stages may rely on records never knowing which format they came from, ids being folded for
 * case-insensitive matching, and results being per file so a rebuild re-parses only what changed. Stateless and
 * thread-safe.
 */
package dev.handbook.parse;
