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
 *
 * <p>Runbooks: {@link dev.handbook.formats.GovukTechDocsReader} ({@code .html.md.erb}; {@code last_reviewed_on},
 * {@code review_in}, {@code owner_slack}; ERB tags removed with a warning) before
 * {@link dev.handbook.formats.MarkdownRunbookReader} (Hugo, Jekyll, MkDocs or no front matter; alert-named files).
 * Postmortems: {@link dev.handbook.formats.MarkdownPostmortemReader} (title, date, severity, a timeline table and
 * action items). All three take the page apart with {@code MarkdownPage}, which applies the source's {@code fields:}
 * renames to front matter keys and drops keys the kind has no field for.
 *
 * <p>Evidence: {@link dev.handbook.formats.PgBackRestReader} ({@code pgbackrest info --output=json}: a backup record per
 * stanza) and {@link dev.handbook.formats.VeleroReader} (Velero Backups as backup records, Restores as backup-restore
 * drills), on the shared {@link dev.handbook.formats.KubeObjects}, {@link dev.handbook.model.EvidenceTimes},
 * {@link dev.handbook.formats.EvidenceTargets} and {@link dev.handbook.formats.RecordBuilder}. They give
 * {@link dev.handbook.formats.FormatResult.Several} records, each with its {@code id}; times are UTC text.
 */
package dev.handbook.formats;
