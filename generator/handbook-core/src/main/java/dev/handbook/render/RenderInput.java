package dev.handbook.render;

import dev.handbook.catalog.Catalog;
import dev.handbook.config.HandbookConfig;
import dev.handbook.convert.Conversions;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.verify.VerificationReport;
import dev.handbook.xref.XrefGraph;
import java.time.LocalDate;

/** Everything the render stage reads: the outputs of the earlier stages and the date the build is judged at. */
public record RenderInput(
        HandbookConfig config,
        Catalog catalog,
        XrefGraph graph,
        Conversions conversions,
        FreshnessReport freshness,
        VerificationReport verification,
        LocalDate asOf) {}
