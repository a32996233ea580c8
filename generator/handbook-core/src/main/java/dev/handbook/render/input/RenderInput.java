package dev.handbook.render.input;

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
 * @param evidenceFiles the tools' files records were read from (a journal, a pgBackRest info, a Velero object), copied
 *     into the site under {@code files/}: display path to path inside the repository
 */
public record RenderInput(
        HandbookConfig config,
        Catalog catalog,
        XrefGraph graph,
        Conversions conversions,
        FreshnessReport freshness,
        VerificationReport verification,
        LocalDate asOf,
        Map<String, String> evidenceFiles) {

    /** Input for a site without evidence files. */
    public RenderInput(HandbookConfig config, Catalog catalog, XrefGraph graph, Conversions conversions, FreshnessReport freshness,
            VerificationReport verification, LocalDate asOf) {
        this(config, catalog, graph, conversions, freshness, verification, asOf, Map.of());
    }

    public RenderInput {
        evidenceFiles = Map.copyOf(evidenceFiles);
    }
}
