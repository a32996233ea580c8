/**
 * The source stage: which files of the repository are records, and of which kind.
 *
 * <p>Takes the {@link dev.handbook.config.HandbookConfig} and the content folder; gives a
 * {@link dev.handbook.source.SourceSet}: {@link dev.handbook.source.SourceFile}s sorted by display path (relative, forward
 * slashes), each with its kind, the format reader to use and the defaults of its source, plus the files skipped by
 * reason and the problems met while walking. Files and folders starting with {@code _} or {@code .} are skipped, links
 * are not followed out of the boundary ({@link dev.handbook.source.FolderWalker}); a file that names no owner gets one from
 * {@code OWNERS} or {@code CODEOWNERS} ({@link dev.handbook.source.OwnerFiles}); text is read as UTF-8
 * ({@link dev.handbook.source.TextFiles}).
 *
 * <p>Later stages may rely on display paths being the ones diagnostics and pages show, and on nothing being read
 * from outside the content folder or a listed source. Reads files, never writes one.
 */
package dev.handbook.source;
