package dev.handbook.policy;

import dev.handbook.BuildResult;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.freshness.Flag;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.model.FlagCategory;
import dev.handbook.model.Snippet;
import dev.handbook.verify.SnippetResult;
import dev.handbook.verify.SnippetStatus;
import dev.handbook.verify.VerificationReport;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lines that report a build, worded once for the CLI, the Maven log and the preview. Places come first as
 * {@code file:line:column}, counts agree with their nouns ({@code 1 error}, {@code 2 errors}). Thread-safe.
 *
 * <pre><code>
 * ReportLines lines = new ReportLines(FrontEnd.MAVEN, Emphasis.PLAIN);
 * lines.failure(result).ifPresent(message -&gt; { throw new MojoFailureException(message); });
 * </code></pre>
 */
public final class ReportLines {

    private final FrontEnd frontEnd;
    private final Emphasis emphasis;

    public ReportLines(FrontEnd frontEnd, Emphasis emphasis) {
        this.frontEnd = Objects.requireNonNull(frontEnd, "frontEnd must not be null");
        this.emphasis = Objects.requireNonNull(emphasis, "emphasis must not be null");
    }

    /** {@code 1 record}, {@code 0 records}, {@code 3 verification snippets}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A diagnostic as {@link Diagnostic#format()} words it, with its severity marked. */
    public String diagnostic(Diagnostic d) {
        String prefix = d.where() + ": " + d.severity().label();
        return emphasis.text(d.where().toString()) + ": " + emphasis.mark(d.severity(), d.severity().label())
                + emphasis.text(d.format().substring(prefix.length()));
    }

    /** {@code 1 error, 1 warning in 38 records.}; empty when the build has no problem. */
    public Optional<String> summary(BuildResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        if (errors + warnings == 0) {
            return Optional.empty();
        }
        return Optional.of(count(errors, "error") + ", " + count(warnings, "warning") + " in " + count(result.records(), "record") + "."
                + (result.strict() && errors == 0 ? " Warnings fail the build under " + frontEnd.strict() + "." : ""));
    }

    /**
     * A freshness flag, at its record's file as {@code file:line:column} like a diagnostic, so CI annotations and
     * editors find it: {@code runbooks/x.md:1:1: stale: Restart the API: Review overdue by 12 days. …}.
     */
    public String flag(Flag flag) {
        return emphasis.text(flag.sourcePath() + ":1:1") + ": " + flag.state() + ": " + emphasis.text(flag.title()) + ": " + emphasis.text(flag.message());
    }

    /** A snippet that failed or timed out: {@code runbooks/x.md:12:1: fail: WAL archiving is on: exit code 1 …}. */
    public String snippetFailure(Snippet snippet, SnippetResult result) {
        return emphasis.text(snippet.where().toString()) + ": " + emphasis.mark(Severity.ERROR, result.status().wire()) + ": " + emphasis.text(snippet.name()) + ": "
                + emphasis.text(result.message());
    }

    /** {@code Verification: 3 passed, 1 failed, 0 timed out, 0 skipped.} */
    public String verification(VerificationReport report) {
        return "Verification: " + report.count(SnippetStatus.PASS) + " passed, " + report.count(SnippetStatus.FAIL) + " failed, "
                + report.count(SnippetStatus.TIMEOUT) + " timed out, " + report.count(SnippetStatus.SKIPPED) + " skipped.";
    }

    /** {@code Freshness as of 2026-11-23: 0 stale, 1 due soon, 0 overdue, 0 overdue action items.} */
    public String freshness(FreshnessReport report) {
        return "Freshness as of " + report.asOf() + ": " + report.count(FlagCategory.STALE) + " stale, " + report.count(FlagCategory.DUE_SOON)
                + " due soon, " + report.count(FlagCategory.OVERDUE) + " overdue, " + report.count(FlagCategory.ACTION_ITEMS)
                + " overdue action items.";
    }

    /** Why the build fails, by its {@link Verdict}; empty when it passes. */
    public Optional<String> failure(BuildResult result) {
        return switch (Verdict.of(result)) {
            case PASS -> Optional.empty();
            case CONTENT -> Optional.of("The handbook has " + count(result.count(Severity.ERROR), "error")
                    + (result.strict() ? " and " + count(result.count(Severity.WARNING), "warning") + " (" + frontEnd.strict() + ")" : "")
                    + "; see the lines above.");
            case VERIFY -> Optional.of("Failing because of " + frontEnd.failOn() + " " + PolicyWords.word(FlagCategory.VERIFY) + ": "
                    + count(result.verification().failures().size(), "verification snippet") + " failed or timed out.");
            case FLAGS -> Optional.of("Failing because of " + frontEnd.failOn() + " " + failOnWords(result) + ": "
                    + count(result.failingFlags().size(), "freshness flag") + "; `" + frontEnd.check() + "` lists them.");
        };
    }

    private static String failOnWords(BuildResult result) {
        return result.failOn().stream().map(PolicyWords::word).sorted().collect(Collectors.joining(","));
    }
}
