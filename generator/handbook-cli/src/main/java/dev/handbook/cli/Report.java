package dev.handbook.cli;

import dev.handbook.BuildResult;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.DiagnosticSummary;
import dev.handbook.policy.FrontEnd;
import dev.handbook.policy.ReportLines;
import dev.handbook.verify.JUnitXmlWriter;
import dev.handbook.verify.VerificationReport;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/** Prints diagnostics and the closing summary of a build or check, worded by {@link ReportLines}; colours only on a terminal. */
final class Report {

    private static final int SKIPPED_SHOWN = 5;

    private final ReportLines lines;

    Report(Ansi ansi) {
        this.lines = new ReportLines(FrontEnd.CLI, new TerminalEmphasis(ansi));
    }

    ReportLines lines() {
        return lines;
    }

    /** Prints every diagnostic (after a summary by code when they are more than a screenful), then a one-line count. */
    void diagnostics(BuildResult result, PrintWriter err) {
        if (DiagnosticSummary.needed(result.diagnostics())) {
            DiagnosticSummary.of(result.diagnostics()).lines().forEach(line -> err.println(TerminalText.clean(line)));
            err.println();
        }
        for (Diagnostic d : result.diagnostics()) {
            err.println(lines.diagnostic(d));
        }
        lines.summary(result).ifPresent(err::println);
        err.flush();
    }

    /**
     * One line per reason for the files of {@code sources:} that are not records, e.g. {@code skipped 2 template files:
     * docs/adr/template.md docs/adr/index.md}, so nothing is dropped without a word.
     */
    void skipped(BuildResult result, PrintWriter out) {
        result.skipped().forEach((reason, paths) -> {
            List<String> shown = paths.stream().limit(SKIPPED_SHOWN).map(TerminalText::clean).toList();
            String more = paths.size() > SKIPPED_SHOWN ? " and " + (paths.size() - SKIPPED_SHOWN) + " more" : "";
            out.println("skipped " + paths.size() + " " + TerminalText.clean(reason) + ": " + String.join(" ", shown) + more);
        });
    }

    /** One line on the verification run, and each failure with its place; nothing when snippets did not run. */
    void verification(BuildResult result, PrintWriter out) {
        VerificationReport report = result.verification();
        if (!report.ran()) {
            return;
        }
        report.failures().forEach(failure -> out.println(lines.snippetFailure(failure.getKey(), failure.getValue())));
        out.println(lines.verification(report) + " JUnit XML: target/handbook-verify/" + JUnitXmlWriter.FILE_NAME);
        out.flush();
    }

    /** Why snippets or flags fail the build under {@code --fail-on}; content errors were counted already. */
    void policyFailure(BuildResult result, PrintWriter err) {
        if (!result.failed()) {
            lines.failure(result).ifPresent(err::println);
        }
        err.flush();
    }

    static String plural(long n, String word) {
        return ReportLines.count(n, word);
    }
}
