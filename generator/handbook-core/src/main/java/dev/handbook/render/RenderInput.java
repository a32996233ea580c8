package dev.handbook.render;

import dev.handbook.catalog.Catalog;
import dev.handbook.config.HandbookConfig;
import dev.handbook.convert.Conversions;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.verify.VerificationReport;
import dev.handbook.xref.XrefGraph;
import dev.handbook.model.EntryId;
import java.time.LocalDate;
import java.util.Map;

/**
 * Everything the render stage reads: the outputs of the earlier stages and the date the build is judged at.
 *
 * @param sourceFiles the repository paths of evidence records' source files (a pgBackRest info, a Velero object),
 *     which the site publishes under {@code files/} so a record's page links the tool's own output
 */
public record RenderInput(
        HandbookConfig config,
        Catalog catalog,
        XrefGraph graph,
        Conversions conversions,
        FreshnessReport freshness,
        VerificationReport verification,
        LocalDate asOf,
        Map<EntryId, String> sourceFiles) {

    public RenderInput {
        sourceFiles = Map.copyOf(sourceFiles);
    }

    /** An input without evidence files. */
    public RenderInput(HandbookConfig config, Catalog catalog, XrefGraph graph, Conversions conversions, FreshnessReport freshness,
            VerificationReport verification, LocalDate asOf) {
        this(config, catalog, graph, conversions, freshness, verification, asOf, Map.of());
    }
}
