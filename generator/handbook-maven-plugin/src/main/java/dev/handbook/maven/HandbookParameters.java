package dev.handbook.maven;

import dev.handbook.BuildOptions;
import dev.handbook.policy.PolicyWordException;
import dev.handbook.policy.PolicyWords;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.apache.maven.plugin.MojoFailureException;

/** Turns the goals' parameters, which mirror the CLI's options, into {@link BuildOptions}. */
final class HandbookParameters {

    static final String PREFIX = "handbook.";

    private HandbookParameters() {}

    static BuildOptions options(File basedir, File content, File site, File out, String asOf, String verify, String failOn, boolean strict)
            throws MojoFailureException {
        BuildOptions options = BuildOptions.defaults(basedir.toPath())
                .withContent(content.toPath())
                .withSite(site.toPath())
                .withOut(out.toPath())
                .withStrict(strict);
        if (asOf != null && !asOf.isBlank()) {
            try {
                options = options.withAsOf(LocalDate.parse(asOf.strip()));
            } catch (DateTimeParseException e) {
                throw new MojoFailureException("handbook.asOf '" + asOf + "' is not a date; write YYYY-MM-DD.");
            }
        }
        if (verify != null && !verify.isBlank()) {
            options = options.withVerify(read("verify", verify, PolicyWords::verifyMode));
        }
        if (failOn != null && !failOn.isBlank()) {
            options = options.withFailOn(read("failOn", failOn, PolicyWords::failOn));
        }
        return options;
    }

    /** A policy word read as the CLI reads it; a wrong one fails the goal with the valid words, before the build. */
    private static <T> T read(String parameter, String value, Function<String, T> parser) throws MojoFailureException {
        try {
            return parser.apply(value);
        } catch (PolicyWordException e) {
            throw new MojoFailureException(PREFIX + parameter + ": " + e.getMessage());
        }
    }
}
