package dev.handbook.maven;

import dev.handbook.BuildOptions;
import dev.handbook.model.FlagCategories;
import dev.handbook.model.FlagCategory;
import dev.handbook.verify.VerifyMode;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
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
            switch (verify.strip()) {
                case "true":
                case "cached":
                    options = options.withVerify(VerifyMode.CACHED);
                    break;
                case "fresh":
                    options = options.withVerify(VerifyMode.FRESH);
                    break;
                case "false":
                case "off":
                    options = options.withVerify(VerifyMode.OFF);
                    break;
                default:
                    throw new MojoFailureException("handbook.verify '" + verify + "' must be true, fresh or false.");
            }
        }
        if (failOn != null && !failOn.isBlank()) {
            Set<FlagCategory> categories = EnumSet.noneOf(FlagCategory.class);
            for (String word : failOn.split(",")) {
                if (!word.isBlank()) {
                    categories.add(FlagCategories.parse(word).filter(c -> c != FlagCategory.DUE_SOON).orElseThrow(() ->
                            new MojoFailureException("handbook.failOn '" + word.strip() + "' is not one of stale, overdue, action-items, verify.")));
                }
            }
            options = options.withFailOn(categories);
        }
        return options;
    }
}
