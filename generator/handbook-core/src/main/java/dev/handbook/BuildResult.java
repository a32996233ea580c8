package dev.handbook;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a build or check.
 *
 * @param diagnostics every problem found, sorted by position
 * @param records how many records were loaded
 * @param pages how many files were written (0 for a check or a failed build)
 * @param output where the site was written; empty when nothing was written
 */
public record BuildResult(List<Diagnostic> diagnostics, int records, int pages, Optional<Path> output, boolean strict) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether the content fails the build: any error, or any warning under {@code --strict}. */
    public boolean failed() {
        return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
    }
}
