package dev.handbook.cli;

import dev.handbook.BuildResult;
import dev.handbook.diagnostics.Severity;
import dev.handbook.freshness.ReportJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handbook check}: validates everything and reports what is going stale; writes nothing. For CI. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Loads and validates the content and prints the freshness report: stale runbooks, overdue drills and"
                    + " chaos experiments, overdue action items. Writes nothing.",
            "Flags only inform, unless --fail-on (or fail_on in handbook.yaml) names them."
        })
final class CheckCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Spec CommandSpec spec;

    @ParentCommand HandbookCommand parent;

    @Mixin SiteOptions site;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json; json prints one document, described in docs/check-report.md.")
    Format format = Format.text;

    @Override
    public Integer call() {
        BuildResult result;
        try (HandbookLease lease = parent.handbook()) {
            result = lease.handbook().check(site.toBuildOptions());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(new ReportJson().write(result.diagnostics(), result.freshness().orElse(null), result.verification(), result.failOn(),
                    result.failingFlags(), site.toBuildOptions().asOf()));
            out.flush();
        } else {
            Report report = new Report(spec.commandLine().getColorScheme().ansi());
            report.diagnostics(result, spec.commandLine().getErr());
            report.skipped(result, out);
            out.println("Checked " + Report.plural(result.records(), "record") + ": "
                    + Report.plural(result.count(Severity.ERROR), "error") + ", " + Report.plural(result.count(Severity.WARNING), "warning") + ".");
            report.verification(result, out);
            result.freshness().ifPresent(f -> new FreshnessText(spec.commandLine().getColorScheme().ansi()).print(f, result.failOn(), out));
            report.policyFailure(result, spec.commandLine().getErr());
        }
        return ExitCodes.of(result);
    }
}
