package dev.handbook.policy;

import static dev.handbook.policy.PolicyResults.oneFailure;
import static dev.handbook.policy.PolicyResults.problem;
import static dev.handbook.policy.PolicyResults.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildOptions;
import dev.handbook.BuildResult;
import dev.handbook.TestSites;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.model.FlagCategory;
import dev.handbook.verify.VerificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report lines the CLI, the Maven log and the preview overlay print. */
class ReportLinesTest {

    private static final ReportLines CLI = new ReportLines(FrontEnd.CLI, Emphasis.PLAIN);
    private static final ReportLines MAVEN = new ReportLines(FrontEnd.MAVEN, Emphasis.PLAIN);

    @TempDir Path repo;

    @Test
    void countsAgreeWithTheirNoun() {
        assertThat(ReportLines.count(0, "error")).isEqualTo("0 errors");
        assertThat(ReportLines.count(1, "verification snippet")).isEqualTo("1 verification snippet");
        assertThat(ReportLines.count(2, "freshness flag")).isEqualTo("2 freshness flags");
    }

    @Test
    void aDiagnosticReadsAsItsOneLineFormWithItsSeverityMarked() {
        Diagnostic d = problem(Severity.ERROR);
        assertThat(CLI.diagnostic(d)).isEqualTo(d.format())
                .isEqualTo("runbooks/a.md:9:32: error: Link to unknown record 'redis-down'. Did you mean 'redis-down-degradation'? [xref.unknown]");
        Emphasis loud = new Emphasis() {
            @Override
            public String mark(Severity severity, String word) {
                return "<" + severity + ":" + word + ">";
            }

            @Override
            public String text(String content) {
                return content.replace('\'', '"');
            }
        };
        assertThat(new ReportLines(FrontEnd.CLI, loud).diagnostic(d))
                .isEqualTo("runbooks/a.md:9:32: <ERROR:error>: Link to unknown record \"redis-down\". Did you mean \"redis-down-degradation\"? [xref.unknown]");
    }

    @Test
    void theSummaryCountsProblemsAndRecordsAndNamesStrictAsTheFrontEndSpellsIt() {
        BuildResult mixed = result(List.of(problem(Severity.ERROR), problem(Severity.WARNING)), false, VerificationReport.OFF, Set.of());
        assertThat(CLI.summary(mixed)).contains("1 error, 1 warning in 38 records.");
        BuildResult strict = result(List.of(problem(Severity.WARNING), problem(Severity.WARNING)), true, VerificationReport.OFF, Set.of());
        assertThat(CLI.summary(strict)).contains("0 errors, 2 warnings in 38 records. Warnings fail the build under --strict.");
        assertThat(MAVEN.summary(strict)).contains("0 errors, 2 warnings in 38 records. Warnings fail the build under strict.");
        assertThat(CLI.summary(result(List.of(), false, VerificationReport.OFF, Set.of()))).isEmpty();
    }

    @Test
    void contentFailureCountsErrorsAndUnderStrictWarnings() {
        assertThat(MAVEN.failure(result(List.of(problem(Severity.ERROR)), false, VerificationReport.OFF, Set.of())))
                .contains("The handbook has 1 error; see the lines above.");
        assertThat(MAVEN.failure(result(List.of(problem(Severity.WARNING)), true, VerificationReport.OFF, Set.of())))
                .contains("The handbook has 0 errors and 1 warning (strict); see the lines above.");
    }

    @Test
    void failedSnippetsAreNamedWithTheirPlaceAndCountedInTheSingular() {
        BuildResult result = result(List.of(), false, oneFailure(), Set.of(FlagCategory.VERIFY));
        assertThat(CLI.snippetFailure(PolicyResults.WAL, PolicyResults.FAILED))
                .isEqualTo("runbooks/pg.md:12:1: fail: WAL archiving is on: exit code 1, expected 0");
        assertThat(CLI.verification(result.verification())).isEqualTo("Verification: 0 passed, 1 failed, 0 timed out, 0 skipped.");
        assertThat(CLI.failure(result)).contains("Failing because of --fail-on verify: 1 verification snippet failed or timed out.");
        assertThat(MAVEN.failure(result)).contains("Failing because of failOn verify: 1 verification snippet failed or timed out.");
    }

    @Test
    void aPassingBuildHasNoFailureLine() {
        assertThat(CLI.failure(result(List.of(), false, oneFailure(), Set.of(FlagCategory.STALE)))).isEmpty();
    }

    @Test
    void staleFlagsUnderFailOnAreListedWithTheirFileAndCounted() throws IOException {
        Files.createDirectories(repo.resolve("site"));
        Files.writeString(repo.resolve("site/handbook.yaml"), "title: t\n");
        Files.createDirectories(repo.resolve("content/runbooks"));
        Files.writeString(repo.resolve("content/runbooks/restart-api.md"),
                "---\ntitle: Restart the API\nowner: team-api\nlast_reviewed: 2025-01-10\n---\nRestart it.\n");
        BuildResult result = TestSites.HANDBOOK.check(BuildOptions.defaults(repo).withAsOf(LocalDate.of(2026, 11, 23))
                .withFailOn(Set.of(FlagCategory.STALE, FlagCategory.OVERDUE)));

        assertThat(Verdict.of(result)).isEqualTo(Verdict.FLAGS);
        assertThat(CLI.flag(result.failingFlags().get(0))).startsWith("content/runbooks/restart-api.md:1:1: stale: Restart the API: ");
        assertThat(CLI.freshness(result.freshness().orElseThrow()))
                .isEqualTo("Freshness as of 2026-11-23: 1 stale, 0 due soon, 0 overdue, 0 overdue action items.");
        assertThat(CLI.failure(result)).contains("Failing because of --fail-on overdue,stale: 1 freshness flag; `handbook check` lists them.");
        assertThat(MAVEN.failure(result)).contains("Failing because of failOn overdue,stale: 1 freshness flag; `mvn handbook:check` lists them.");
    }
}
