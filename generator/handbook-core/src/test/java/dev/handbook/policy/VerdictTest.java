package dev.handbook.policy;

import static dev.handbook.policy.PolicyResults.oneFailure;
import static dev.handbook.policy.PolicyResults.problem;
import static dev.handbook.policy.PolicyResults.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Severity;
import dev.handbook.model.FlagCategory;
import dev.handbook.verify.VerificationReport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether a build passes, and the first reason it does not: what the CLI's exit code and the plugin's failure follow. */
class VerdictTest {

    @Test
    void aBuildWithoutErrorsOrPolicyPasses() {
        assertThat(Verdict.of(result(List.of(problem(Severity.WARNING)), false, VerificationReport.OFF, Set.of()))).isEqualTo(Verdict.PASS);
    }

    @Test
    void warningsFailOnlyUnderStrict() {
        assertThat(Verdict.of(result(List.of(problem(Severity.WARNING)), true, VerificationReport.OFF, Set.of()))).isEqualTo(Verdict.CONTENT);
    }

    @Test
    void contentErrorsComeBeforeFailedSnippets() {
        assertThat(Verdict.of(result(List.of(problem(Severity.ERROR)), false, oneFailure(), Set.of(FlagCategory.VERIFY))))
                .isEqualTo(Verdict.CONTENT);
    }

    @Test
    void failedSnippetsFailOnlyWhenThePolicyNamesVerify() {
        assertThat(Verdict.of(result(List.of(), false, oneFailure(), Set.of(FlagCategory.VERIFY)))).isEqualTo(Verdict.VERIFY);
        assertThat(Verdict.of(result(List.of(), false, oneFailure(), Set.of(FlagCategory.STALE)))).isEqualTo(Verdict.PASS);
    }
}
