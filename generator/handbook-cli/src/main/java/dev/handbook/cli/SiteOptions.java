package dev.handbook.cli;

import dev.handbook.BuildOptions;
import dev.handbook.freshness.FlagCategory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options every command that reads a handbook shares. Relative paths are relative to the working directory. */
public final class SiteOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).", defaultValue = "content")
    Path content;

    @Option(names = "--site", paramLabel = "DIR", description = "Site folder with handbook.yaml, templates/ and assets/ (default: ${DEFAULT-VALUE}).", defaultValue = "site")
    Path site;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Judge freshness as of this date, YYYY-MM-DD (default: today).")
    LocalDate asOf;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(
            names = "--fail-on",
            paramLabel = "LIST",
            converter = FailOnConverter.class,
            description = "Freshness flags that fail with exit code 4, comma-separated: stale, overdue, action-items"
                    + " (default: fail_on in handbook.yaml, else none).")
    Set<FlagCategory> failOn;

    BuildOptions toBuildOptions() {
        Path cwd = Path.of("").toAbsolutePath();
        return BuildOptions.defaults(cwd)
                .withContent(cwd.resolve(content))
                .withSite(cwd.resolve(site))
                .withAsOf(asOf == null ? LocalDate.now() : asOf)
                .withStrict(strict)
                .withFailOn(failOn);
    }
}
