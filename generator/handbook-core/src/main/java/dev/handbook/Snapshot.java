package dev.handbook;

import dev.handbook.catalog.Catalog;
import dev.handbook.config.HandbookConfig;
import dev.handbook.convert.Conversions;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.parse.ParsedFile;
import dev.handbook.render.Page;
import dev.handbook.render.RenderedSite;
import dev.handbook.search.SearchIndex;
import dev.handbook.verify.VerificationReport;
import dev.handbook.xref.XrefGraph;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A build held in memory: the output of every stage, so that {@link Handbook#rebuild} can redo only what a change
 * affects. Immutable.
 *
 * @param files every source file's parse result, sorted by path
 * @param search the search documents of the rendered site, kept so a rebuild re-serialises only changed records
 * @param diagnostics every problem of the build, sorted by position
 * @param pages the rendered site by output path; empty when the build has errors or was not rendered
 * @param site the pages made from templates, with what each read, so a rebuild renders again only those whose reads changed
 * @param skipped files of {@code sources:} that are not records, by reason: display paths, sorted
 */
public record Snapshot(
        BuildOptions options,
        HandbookConfig config,
        List<ParsedFile> files,
        Catalog catalog,
        Conversions conversions,
        XrefGraph graph,
        FreshnessReport freshness,
        VerificationReport verification,
        SearchIndex search,
        List<Diagnostic> diagnostics,
        Map<String, Page> pages,
        RenderedSite site,
        Map<String, List<String>> skipped) {

    public Snapshot {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        pages = Collections.unmodifiableMap(new TreeMap<>(pages));
        skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public boolean rendered() {
        return !pages.isEmpty();
    }
}
