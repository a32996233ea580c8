package dev.handbook.render.input;

import dev.handbook.catalog.Catalog;
import dev.handbook.config.HandbookConfig;
import dev.handbook.convert.Conversions;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.verify.VerificationReport;
import dev.handbook.xref.XrefGraph;
import java.time.LocalDate;
import java.util.Map;

/**
 * What one page reads the build through: the catalog, the graph, the conversions, freshness, verification and site
 * configuration, each question recorded with its answer ({@link #reads()}), so a rebuild can tell whether the page
 * would come out differently. Everything a page shows must be read here, while its view is built; a value read
 * around it would leave the page stale in the preview. One instance per page render, used on one thread.
 */
public final class RenderInput {

    private final PageReads reads;
    private final CatalogReads catalog;
    private final GraphReads graph;
    private final ConversionReads conversions;
    private final FreshnessReads freshness;
    private final VerificationReads verification;
    private final AlertReads alerts;

    /** The reads of one page's render. */
    public RenderInput(BuildFacts facts) {
        this.reads = new PageReads(facts);
        this.catalog = new CatalogReads(reads);
        this.graph = new GraphReads(reads);
        this.conversions = new ConversionReads(reads);
        this.freshness = new FreshnessReads(reads);
        this.verification = new VerificationReads(reads);
        this.alerts = new AlertReads(reads);
    }

    /** Input over fresh facts, for tests and tools that render one page. */
    public RenderInput(HandbookConfig config, Catalog catalog, XrefGraph graph, Conversions conversions, FreshnessReport freshness,
            VerificationReport verification, LocalDate asOf) {
        this(new BuildFacts(config, catalog, graph, conversions, freshness, verification, asOf, Map.of()));
    }

    /** Answers a question this page asks, recording it; render's own queries (a sidebar's listing) come in here. */
    public <T> T ask(Query<T> query) {
        return reads.ask(query);
    }

    public CatalogReads catalog() {
        return catalog;
    }

    public GraphReads graph() {
        return graph;
    }

    public ConversionReads conversions() {
        return conversions;
    }

    public FreshnessReads freshness() {
        return freshness;
    }

    public VerificationReads verification() {
        return verification;
    }

    /** The Prometheus alerts and the runbooks that answer them. */
    public AlertReads alerts() {
        return alerts;
    }

    public HandbookConfig config() {
        return reads.ask(new Config());
    }

    /** The day the build judges freshness at. */
    public LocalDate asOf() {
        return reads.ask(new AsOf());
    }

    /**
     * Where the tool's file a record was read from (a journal, a pgBackRest info) is copied into the site: its path
     * inside the repository, or null when {@code displayPath} names no such file. One file per read, not the whole
     * table: a record page then depends on its own file only, and a rebuild's check of it is one string comparison.
     */
    public String evidenceFile(String displayPath) {
        return reads.ask(new EvidenceFile(displayPath));
    }

    /** The tags of the handbook and their records. */
    public TagIndex tags() {
        return reads.ask(new Tags());
    }

    /** One tag's page content: its label and records; null if no record carries it now. */
    public TagIndex.Tag tag(String slug) {
        return reads.ask(new Tag(slug));
    }

    /** What this page has read so far, with the answers. */
    public RecordedReads reads() {
        return reads.recorded();
    }

    record Config() implements Query<HandbookConfig> {
        public String about() {
            return ChangedRecords.CONFIG;
        }

        public HandbookConfig answer(BuildFacts facts) {
            return facts.config();
        }
    }

    record AsOf() implements Query<LocalDate> {
        public String about() {
            return ChangedRecords.AS_OF;
        }

        public LocalDate answer(BuildFacts facts) {
            return facts.asOf();
        }
    }

    record EvidenceFile(String displayPath) implements Query<String> {
        public String answer(BuildFacts facts) {
            return facts.evidenceFiles().get(displayPath);
        }
    }

    record Tags() implements Query<TagIndex> {
        public TagIndex answer(BuildFacts facts) {
            return facts.tags();
        }
    }

    record Tag(String slug) implements Query<TagIndex.Tag> {
        public TagIndex.Tag answer(BuildFacts facts) {
            return facts.tags().bySlug().get(slug);
        }
    }
}
