package dev.handbook;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.freshness.Flag;
import dev.handbook.model.FlagCategory;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.verify.VerificationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a build or check.
 *
 * @param diagnostics every problem found, sorted by position
 * @param records how many records were loaded
 * @param pages how many files were written (0 for a check or a failed build)
 * @param output where the site was written; empty when nothing was written
 * @param freshness what is going stale; empty when the content did not load
 * @param failOn the flag categories that fail this build
 * @param skipped files of {@code sources:} that are not records, by reason (display paths, sorted), for the summary
 *     lines a build prints ({@code skipped 2 template files: …})
 */
public record BuildResult(
        List<Diagnostic> diagnostics,
        int records,
        int pages,
        Optional<Path> output,
        boolean strict,
        Optional<FreshnessReport> freshness,
        VerificationReport verification,
        Set<FlagCategory> failOn,
        Map<String, List<String>> skipped) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        failOn = Set.copyOf(failOn);
        skipped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped));
    }

    /** The flags that fail the build under its {@code failOn} policy. */
    public List<Flag> failingFlags() {
        return freshness.map(f -> f.flags().stream().filter(flag -> flag.failsUnder(failOn)).toList()).orElse(List.of());
    }

    /** Whether snippets failed or timed out and {@code failOn} includes {@code verify}. */
    public boolean verificationFailed() {
        return failOn.contains(FlagCategory.VERIFY) && !verification.failures().isEmpty();
    }

    /** A copy that records where the site was written. */
    BuildResult published(Path out, int pageCount) {
        return new BuildResult(diagnostics, records, pageCount, Optional.of(out), strict, freshness, verification, failOn, skipped);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether the content fails the build: any error, or any warning under {@code --strict}. */
    public boolean failed() {
        return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
    }
}
