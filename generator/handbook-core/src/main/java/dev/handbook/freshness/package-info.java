/**
 * The freshness stage: what is going stale as of the build's date.
 *
 * <p>Takes the {@link dev.handbook.catalog.Catalog}, the {@link dev.handbook.xref.XrefGraph}, the verification report,
 * the config's cadences and the as-of date; gives a {@link dev.handbook.freshness.FreshnessReport}: every review state,
 * exercise state (drills, chaos experiments, backups taken and restores verified, by
 * {@link dev.handbook.freshness.ExerciseEvidence}) and open action item, and the {@link dev.handbook.freshness.Flag}s,
 * worst first, each with the file to edit and a message saying what to do. {@link dev.handbook.freshness.ReportJson} is
 * the stable {@code handbook check --format json} document.
 *
 * <p>Later stages may rely on the report being a pure function of its inputs and the date (no clock), so the same
 * content and {@code --as-of} give the same pages.
 */
package dev.handbook.freshness;
