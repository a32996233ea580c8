package dev.handbook.cli;

import dev.handbook.BuildOptions;
import dev.handbook.model.FlagCategory;
import dev.handbook.verify.VerifyMode;
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
            description = "What fails the build, comma-separated: stale, overdue, action-items (exit code 4), verify (failed"
                    + " or timed-out snippets, exit code 5), or none; default: fail_on in handbook.yaml, else none.")
    Set<FlagCategory> failOn;

    @Option(
            names = "--verify",
            arity = "0..1",
            fallbackValue = "cached",
            paramLabel = "fresh",
            converter = VerifyModeConverter.class,
            description = "Run the verification snippets (results cached for verify.cache_for are reused; --verify=fresh runs"
                    + " everything again, --verify=off runs none; default: verify.enabled in handbook.yaml, else off).")
    VerifyMode verify;

    BuildOptions toBuildOptions() {
        Path cwd = Path.of("").toAbsolutePath();
        return BuildOptions.defaults(cwd)
                .withContent(cwd.resolve(content))
                .withSite(cwd.resolve(site))
                .withAsOf(asOf == null ? LocalDate.now() : asOf)
                .withStrict(strict)
                .withFailOn(failOn)
                .withVerify(verify);
    }
}
