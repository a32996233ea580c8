/**
 * The facade: {@link dev.handbook.Handbook} runs the stages in order and connects their outputs, for every front end
 * (CLI, Maven plugin, preview).
 *
 * <p>Takes {@link dev.handbook.BuildOptions} (folders, as-of date, strict, fail-on and verify overrides); gives a
 * {@link dev.handbook.BuildResult} for a build or check (diagnostics, counts, freshness, verification, the fail-on
 * categories) and, for the preview, a {@link dev.handbook.Snapshot} holding every stage's output so
 * {@code Handbook.rebuild} redoes only what a change affects (a {@code Carryover} of the previous build; nothing
 * for a full build). Bad options or environment found before the pipeline
 * starts are a {@link dev.handbook.HandbookException}; content problems are diagnostics.
 *
 * <p>After every stage and before {@code dev.handbook.policy}, which decides and words what a result means; the
 * order is kept by {@code PackageDependenciesTest}.
 */
package dev.handbook;
