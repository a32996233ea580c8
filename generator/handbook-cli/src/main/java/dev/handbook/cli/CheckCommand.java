package dev.handbook.cli;

import dev.handbook.BuildResult;
import dev.handbook.Handbook;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code handbook check}: validates everything and writes nothing, for CI and editors. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Loads and validates the content, templates aside, and writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin SiteOptions site;

    @Override
    public Integer call() {
        BuildResult result;
        try (Handbook handbook = new Handbook()) {
            result = handbook.check(site.toBuildOptions());
        }
        new Report(spec.commandLine().getColorScheme().ansi()).diagnostics(result, spec.commandLine().getErr());
        if (result.failed()) {
            return ExitCodes.CONTENT;
        }
        spec.commandLine().getOut().println("Checked " + Report.plural(result.records(), "record") + ": no problems.");
        return ExitCodes.OK;
    }
}
