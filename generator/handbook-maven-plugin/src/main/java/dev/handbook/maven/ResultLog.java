package dev.handbook.maven;

import dev.handbook.BuildResult;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.DiagnosticSummary;
import dev.handbook.diagnostics.Severity;
import dev.handbook.freshness.Flag;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Reports a build to the Maven log, one line per problem as file:line:column, and fails the goal by the policy. */
final class ResultLog {

    private ResultLog() {}

    static void report(BuildResult result, Log log) {
        if (DiagnosticSummary.needed(result.diagnostics())) {
            DiagnosticSummary.of(result.diagnostics()).lines().forEach(log::info);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                log.error(d.format());
            } else {
                log.warn(d.format());
            }
        }
        result.freshness().ifPresent(f -> {
            for (Flag flag : f.flags()) {
                String line = flag.sourcePath() + ": " + flag.state() + ": " + flag.title() + ": " + flag.message();
                if (flag.failsUnder(result.failOn())) {
                    log.error(line);
                } else {
                    log.info(line);
                }
            }
        });
        result.verification().failures().forEach(f ->
                log.error(f.getKey().where() + ": " + f.getValue().status().wire() + ": " + f.getKey().name() + ": " + f.getValue().message()));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Content errors, then failed snippets, then policy flags: the same order and meaning as the CLI's exit codes. */
    static void failIfNeeded(BuildResult result) throws MojoFailureException {
        if (result.failed()) {
            throw new MojoFailureException("The handbook has " + plural(result.count(Severity.ERROR), "error")
                    + (result.strict() ? " and " + plural(result.count(Severity.WARNING), "warning") + " (strict)" : "") + "; see the lines above.");
        }
        if (result.verificationFailed()) {
            throw new MojoFailureException(result.verification().failures().size() + " verification snippets failed or timed out (failOn verify).");
        }
        if (!result.failingFlags().isEmpty()) {
            throw new MojoFailureException(result.failingFlags().size() + " freshness flags fail the build under failOn " + result.failOn() + ".");
        }
    }
}
