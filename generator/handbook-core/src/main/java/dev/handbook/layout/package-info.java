/**
 * Finds the record collections a repository already has, for {@code handbook init}.
 *
 * <p>Takes a repository folder; gives a {@link dev.handbook.layout.Layout}: the usual folders it found (adr-tools'
 * {@code .adr-dir}, {@code docs/adr}, {@code runbooks/}, {@code postmortems/}, …), their records counted per format as
 * {@code format: auto} would read them, the defaults a build needs, and the files it could not place; and
 * {@link dev.handbook.layout.InitialConfig} writes that as {@code site/handbook.yaml}. Reads files, never writes one.
 * May rely on the format readers and the schemas; nothing in the build pipeline depends on this package.
 */
package dev.handbook.layout;
