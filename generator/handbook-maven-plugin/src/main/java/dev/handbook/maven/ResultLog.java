package dev.handbook.maven;

import dev.handbook.BuildResult;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.DiagnosticSummary;
import dev.handbook.diagnostics.Severity;
import dev.handbook.freshness.Flag;
import dev.handbook.policy.Emphasis;
import dev.handbook.policy.FrontEnd;
import dev.handbook.policy.ReportLines;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Reports a build to the Maven log in the CLI's words ({@link ReportLines}), one line per problem as
 * file:line:column, and fails the goal by the same verdict as the CLI's exit code.
 */
final class ResultLog {

    private static final ReportLines LINES = new ReportLines(FrontEnd.MAVEN, Emphasis.PLAIN);

    private ResultLog() {}

    static void report(BuildResult result, Log log) {
        if (DiagnosticSummary.needed(result.diagnostics())) {
            DiagnosticSummary.of(result.diagnostics()).lines().forEach(log::info);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                log.error(LINES.diagnostic(d));
            } else {
                log.warn(LINES.diagnostic(d));
            }
        }
        result.freshness().ifPresent(f -> {
            for (Flag flag : f.flags()) {
                if (flag.failsUnder(result.failOn())) {
                    log.error(LINES.flag(flag));
                } else {
                    log.info(LINES.flag(flag));
                }
            }
        });
        result.verification().failures().forEach(f -> log.error(LINES.snippetFailure(f.getKey(), f.getValue())));
        if (result.verification().ran()) {
            log.info(LINES.verification(result.verification()));
        }
    }

    /** Content errors, then failed snippets, then policy flags: the same order and meaning as the CLI's exit codes. */
    static void failIfNeeded(BuildResult result) throws MojoFailureException {
        Optional<String> failure = LINES.failure(result);
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }
}
