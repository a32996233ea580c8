package dev.handbook.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticSummaryTest {

    private static Diagnostic error(String code, String path, int line, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, SourcePosition.of(path, line, 1), message, hint);
    }

    @Test
    void groupsByCodeWithCountFirstExampleInFileOrderAndItsFix() {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            all.add(error("field.missing", "content/runbooks/r" + i + ".md", 2, "Missing owner.", "Add `owner: team-x`."));
        }
        all.add(error("xref.unknown", "content/adrs/0001-a.md", 7, "Link to unknown record 'x'.", ""));

        DiagnosticSummary summary = DiagnosticSummary.of(all);

        assertThat(summary.groups()).extracting(DiagnosticSummary.Group::code, DiagnosticSummary.Group::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("field.missing", 10), org.assertj.core.groups.Tuple.tuple("xref.unknown", 1));
        assertThat(summary.lines()).containsExactly(
                "Summary: 11 problems of 2 kinds (the full list follows):",
                "   10 × field.missing (error), e.g. content/runbooks/r0.md:2:1: Missing owner. Fix: Add `owner: team-x`.",
                "    1 × xref.unknown (error), e.g. content/adrs/0001-a.md:7:1: Link to unknown record 'x'.");
    }

    @Test
    void errorsComeBeforeMoreFrequentWarnings() {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(new Diagnostic(Severity.WARNING, "runbook.orphan", SourcePosition.file("r" + i + ".md"), "Orphan.", "Link it."));
        }
        all.add(error("yaml.syntax", "s.yaml", 3, "Bad YAML.", "Fix it."));

        assertThat(DiagnosticSummary.of(all).groups()).extracting(DiagnosticSummary.Group::code).containsExactly("yaml.syntax", "runbook.orphan");
    }

    @Test
    void neededOnlyBeyondAScreenful() {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 0; i < DiagnosticSummary.SCREENFUL; i++) {
            all.add(error("c", "f", i + 1, "m", ""));
        }
        assertThat(DiagnosticSummary.needed(all)).isFalse();
        all.add(error("c", "f", 99, "m", ""));
        assertThat(DiagnosticSummary.needed(all)).isTrue();
    }
}
