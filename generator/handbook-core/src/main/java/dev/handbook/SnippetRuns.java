package dev.handbook;

import dev.handbook.catalog.Catalog;
import dev.handbook.config.HandbookConfig;
import dev.handbook.convert.Conversions;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Entry;
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

    /** Runs the verification snippets of every record, if asked to, and writes their JUnit XML report. */
    static VerificationReport verify(BuildOptions options, HandbookConfig config, Catalog catalog, Conversions conversions,
            Diagnostics diagnostics) {
        VerifyMode mode = options.verify() != null ? options.verify() : (config.verify() ? VerifyMode.CACHED : VerifyMode.OFF);
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
