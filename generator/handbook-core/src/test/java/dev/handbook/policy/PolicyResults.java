package dev.handbook.policy;

import dev.handbook.BuildResult;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.FlagCategory;
import dev.handbook.model.Snippet;
import dev.handbook.verify.SnippetResult;
import dev.handbook.verify.SnippetStatus;
import dev.handbook.verify.VerificationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Build results made by hand, for what a policy decides and says about them. */
final class PolicyResults {

    static final Snippet WAL = new Snippet(new EntryId(EntryKind.RUNBOOK, "pg"), "WAL archiving is on", "sh", "true", Duration.ofSeconds(5), 0,
            "", null, List.of(), List.of(), false, "", SourcePosition.of("runbooks/pg.md", 12, 1));

    static final SnippetResult FAILED = new SnippetResult(SnippetStatus.FAIL, 1, 10, Instant.EPOCH, "", "", false, false, "exit code 1, expected 0", false);

    private PolicyResults() {}

    static Diagnostic problem(Severity severity) {
        return new Diagnostic(severity, "xref.unknown", SourcePosition.of("runbooks/a.md", 9, 32), "Link to unknown record 'redis-down'.",
                "Did you mean 'redis-down-degradation'?");
    }

    static BuildResult result(List<Diagnostic> diagnostics, boolean strict, VerificationReport verification, Set<FlagCategory> failOn) {
        return new BuildResult(diagnostics, 38, 0, Optional.empty(), strict, Optional.empty(), verification, failOn, Map.of());
    }

    static VerificationReport oneFailure() {
        return new VerificationReport(true, Map.of(WAL, FAILED));
    }
}
