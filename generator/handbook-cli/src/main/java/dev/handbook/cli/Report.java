package dev.handbook.cli;

import dev.handbook.BuildResult;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.DiagnosticSummary;
import dev.handbook.diagnostics.Severity;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/** Prints diagnostics and the closing summary of a build or check; colours only on a terminal. */
final class Report {

    private static final int SKIPPED_SHOWN = 5;

    private final Ansi ansi;

    Report(Ansi ansi) {
        this.ansi = ansi;
    }

    /** Prints every diagnostic (after a summary by code when they are more than a screenful), then a one-line count. */
    void diagnostics(BuildResult result, PrintWriter err) {
        if (DiagnosticSummary.needed(result.diagnostics())) {
            DiagnosticSummary.of(result.diagnostics()).lines().forEach(line -> err.println(TerminalText.clean(line)));
            err.println();
        }
        for (Diagnostic d : result.diagnostics()) {
            String label = d.severity() == Severity.ERROR ? "@|bold,red error|@" : "@|bold,yellow warning|@";
            String plain = d.format();
            String prefix = d.where() + ": " + d.severity().label();
            err.println(TerminalText.clean(d.where().toString()) + ": " + ansi.string(label) + TerminalText.clean(plain.substring(prefix.length())));
        }
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        if (errors + warnings > 0) {
            err.println(plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(result.records(), "record") + "."
                    + (result.strict() && errors == 0 ? " Warnings fail the build under --strict." : ""));
        }
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
    void verification(BuildResult result, java.io.PrintWriter out) {
        dev.handbook.verify.VerificationReport report = result.verification();
        if (!report.ran()) {
            return;
        }
        for (var failure : report.failures()) {
            out.println(failure.getKey().where() + ": " + ansi.string("@|bold,red " + failure.getValue().status().wire() + "|@") + ": "
                    + TerminalText.clean(failure.getKey().name()) + ": " + TerminalText.clean(failure.getValue().message()));
        }
        out.println("Verification: " + report.count(dev.handbook.verify.SnippetStatus.PASS) + " passed, "
                + report.count(dev.handbook.verify.SnippetStatus.FAIL) + " failed, " + report.count(dev.handbook.verify.SnippetStatus.TIMEOUT)
                + " timed out, " + report.count(dev.handbook.verify.SnippetStatus.SKIPPED) + " skipped. JUnit XML: target/handbook-verify/"
                + dev.handbook.verify.JUnitXmlWriter.FILE_NAME);
        out.flush();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
