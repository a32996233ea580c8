/**
 * The config stage: {@code site/handbook.yaml} read, checked against {@link dev.handbook.schema.ConfigSchema} and
 * frozen with its defaults filled in.
 *
 * <p>Takes the site folder; gives {@link dev.handbook.config.HandbookConfig} (folders per kind, review and exercise
 * cadences, {@code fail_on}, {@code verify}, the ADR status table, {@code sources:} as
 * {@link dev.handbook.config.SourceConfig}s). A missing file means defaults; problems in it are diagnostics at their
 * line. {@link dev.handbook.config.OutputFolderRule} says where a site may be written, for every front end.
 *
 * <p>Later stages may rely on the config being immutable and valid: source paths never lead outside the repository,
 * globs parse, defaults fit their kind. Uses {@code diagnostics}, {@code model}, {@code yaml}, {@code schema} and
 * {@code formats} (the ADR status table, and the names of the format readers a source may ask for).
 */
package dev.handbook.config;
