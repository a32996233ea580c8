package dev.handbook.cli;

import dev.handbook.BuildResult;
import dev.handbook.publish.OfflineHandbook;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handbook build}: validates the content and writes the site. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Validates the content and writes the static site.",
            "The site is assembled beside the output folder and swapped in only if the build succeeds,"
                    + " so a failed build leaves the previous site untouched."
        })
final class BuildCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @ParentCommand HandbookCommand parent;

    @Mixin SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "target/handbook")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path output = Path.of("").toAbsolutePath().resolve(out);
        BuildResult result;
        try (HandbookLease lease = parent.handbook()) {
            result = lease.handbook().build(site.toBuildOptions().withOut(output));
        }
        Report report = new Report(spec.commandLine().getColorScheme().ansi());
        report.diagnostics(result, stderr);
        report.skipped(result, stdout);
        if (result.failed()) {
            stderr.println("Build failed: the site was not written" + (output.toFile().exists() ? "; the previous site in " + out + " is untouched." : "."));
            return ExitCodes.CONTENT;
        }
        stdout.println("Built " + Report.plural(result.records(), "record") + " into " + out + " (" + Report.plural(result.pages(), "file") + ").");
        stdout.println("Open " + output.resolve("index.html").toUri() + " in a browser.");
        Path offline = output.resolve(OfflineHandbook.PATH);
        if (Files.exists(offline)) {
            stdout.println("Offline copy, one file to keep: " + offline.toUri());
        }
        report.verification(result, stdout);
        result.freshness().ifPresent(f -> stdout.println(report.lines().freshness(f)
                + (f.flags().isEmpty() ? "" : " Details: " + output.resolve("attention.html").toUri() + " or `handbook check`.")));
        report.policyFailure(result, stderr);
        return ExitCodes.of(result);
    }
}
