package dev.handbook;

import dev.handbook.catalog.Catalog;
import dev.handbook.config.HandbookConfig;
import dev.handbook.convert.Conversions;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Entry;
import dev.handbook.model.FlagCategory;
import dev.handbook.model.Snippet;
import dev.handbook.verify.JUnitXmlWriter;
import dev.handbook.verify.ResultCache;
import dev.handbook.verify.SnippetRunner;
import dev.handbook.verify.SnippetVerifier;
import dev.handbook.verify.VerificationReport;
import dev.handbook.verify.VerifyMode;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The verify stage as a build runs it: the mode the options and config ask for, the runner, the JUnit XML report. */
final class SnippetRuns {

    private SnippetRuns() {}

    /** The mode a build runs snippets in: the option's, else on (cached) if the config's {@code verify.enabled} says so. */
    static VerifyMode mode(BuildOptions options, HandbookConfig config) {
        return options.verify() != null ? options.verify() : (config.verify() ? VerifyMode.CACHED : VerifyMode.OFF);
    }

    /**
     * Failing on verification asked for by the options of a build that runs no snippet would pass having checked
     * nothing: a usage error, not a green build.
     */
    static void refuseUncheckedFailOnVerify(BuildOptions options, HandbookConfig config) {
        if (failsOnVerify(options) && mode(options, config) == VerifyMode.OFF) {
            throw new HandbookException("Failing on verify was asked for, but this build runs no verification snippet, so it"
                    + " would pass having checked nothing. Add --verify (Maven: -Dhandbook.verify=true), set verify.enabled: true"
                    + " in site/handbook.yaml, or leave verify out of the fail-on list.");
        }
    }

    /**
     * Where snippets cannot run at all (a CI runner without namespaces), failing on verify asked for by the options would
     * pass unchecked too. Only the options': a config's {@code fail_on} also governs the preview on a laptop.
     */
    private static void refuseFailOnVerifyWithoutSnippets(BuildOptions options, String why) {
        if (failsOnVerify(options)) {
            throw new HandbookException("Failing on verify was asked for, but no snippet can run here, so the build would pass"
                    + " having checked nothing. " + why + " Or leave verify out of the fail-on list.");
        }
    }

    private static boolean failsOnVerify(BuildOptions options) {
        return options.failOn() != null && options.failOn().contains(FlagCategory.VERIFY);
    }

    /** Runs the verification snippets of every record, if asked to, and writes their JUnit XML report. */
    static VerificationReport verify(BuildOptions options, HandbookConfig config, Catalog catalog, Conversions conversions,
            Diagnostics diagnostics) {
        VerifyMode mode = mode(options, config);
        if (mode == VerifyMode.OFF) {
            return VerificationReport.OFF;
        }
        List<Snippet> snippets = new ArrayList<>();
        for (Entry entry : catalog.entries()) {
            snippets.addAll(entry.meta().verify());
            snippets.addAll(conversions.snippets(entry.id()));
        }
        Clock clock = Clock.systemUTC();
        SnippetRunner runner = new SnippetRunner(System.getenv(), options.content().toAbsolutePath(), SnippetRunner.DEFAULT_OUTPUT_CAP, clock);
        if (!runner.isolation().available() && !snippets.isEmpty()) {
            refuseFailOnVerifyWithoutSnippets(options, runner.isolation().problem() + " " + runner.isolation().hint());
            diagnostics.warning("verify.isolation", snippets.get(0).where(), runner.isolation().problem() + " No snippet was run.",
                    runner.isolation().hint());
        }
        SnippetVerifier verifier = new SnippetVerifier(runner,
                new ResultCache(options.verifyFolder().resolve("cache"), config.verifyCacheFor()),
                mode == VerifyMode.FRESH, Runtime.getRuntime().availableProcessors(), clock);
        VerificationReport report = verifier.verify(snippets);
        try {
            new JUnitXmlWriter().write(report, options.verifyFolder().resolve(JUnitXmlWriter.FILE_NAME));
        } catch (IOException e) {
            throw new HandbookException("Cannot write the verification report: " + e.getMessage(), e);
        }
        return report;
    }
}
