package dev.handbook;

import dev.handbook.alerts.AlertChecks;
import dev.handbook.alerts.AlertIndex;
import dev.handbook.catalog.Catalog;
import dev.handbook.catalog.CatalogBuilder;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.config.OutputFolderRule;
import dev.handbook.convert.AsciidocConverter;
import dev.handbook.convert.Conversions;
import dev.handbook.convert.EvidenceFiles;
import dev.handbook.convert.LinkTargets;
import dev.handbook.convert.MarkupConverter;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.formats.FormatReaders;
import dev.handbook.formats.PrometheusRulesReader;
import dev.handbook.model.AlertRule;
import dev.handbook.model.FlagCategory;
import dev.handbook.freshness.FreshnessEvaluator;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.parse.EntryParser;
import dev.handbook.parse.FileIds;
import dev.handbook.parse.ParsedFile;
import dev.handbook.publish.LinkedFiles;
import dev.handbook.publish.OfflineHandbook;
import dev.handbook.publish.RootedPage;
import dev.handbook.publish.Sitemap;
import dev.handbook.render.Page;
import dev.handbook.render.PageRenderer;
import dev.handbook.publish.SitePublisher;
import dev.handbook.publish.StaticAssets;
import dev.handbook.render.input.BuildFacts;
import dev.handbook.render.RenderedSite;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.TemplateEngine;
import dev.handbook.search.SearchIndex;
import dev.handbook.source.DisplayPaths;
import dev.handbook.source.RuleFiles;
import dev.handbook.source.SourceScanner;
import dev.handbook.source.SourceSet;
import dev.handbook.source.TextFiles;
import dev.handbook.verify.VerificationReport;
import dev.handbook.xref.XrefGraph;
import dev.handbook.xref.XrefResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The entry point: runs the pipeline stages in order and connects their outputs.
 *
 * <pre><code>
 * try (Handbook handbook = new Handbook()) {
 *     BuildResult result = handbook.build(BuildOptions.defaults(Path.of(".")));
 *     result.diagnostics().forEach(d -&gt; System.err.println(d.format()));
 * }
 * </code></pre>
 *
 * <p>Content problems come back as diagnostics; a {@link HandbookException} means bad options or environment. An
 * instance keeps one AsciidoctorJ runtime, started on the first build that has AsciiDoc and reused by later builds,
 * and the template engine of its last full build; {@link #close()} releases them. Builds may run concurrently.
 */
public final class Handbook implements AutoCloseable {

    private final FormatReaders formats;
    private CompletableFuture<AsciidocConverter> asciidoc;
    private TemplateEngine templates;

    /** A handbook that reads every standard format. */
    public Handbook() {
        this(FormatReaders.standard());
    }

    /** A handbook that reads the formats of {@code formats} besides its own; for tests and embedders. */
    public Handbook(FormatReaders formats) {
        this.formats = java.util.Objects.requireNonNull(formats, "formats must not be null");
    }

    /** Loads, validates and renders the handbook, and publishes it if the content passes. */
    public BuildResult build(BuildOptions options) {
        OutputFolderRule.refusal(options.out(), options.content(), options.site()).ifPresent(why -> {
            throw new HandbookException(why);
        });
        SitePublisher publisher = new SitePublisher();
        try {
            publisher.checkReplaceable(options.out());
        } catch (IOException e) {
            throw new HandbookException(e.getMessage(), e);
        }
        Snapshot snapshot = snapshot(options, true);
        Path repository = repository(options);
        OutputFolderRule.refusal(options.out(), snapshot.config().sources().stream().map(s -> repository.resolve(s.path())).toList())
                .ifPresent(why -> {
                    throw new HandbookException(why);
                });
        BuildResult result = result(snapshot);
        if (result.failed()) {
            return result;
        }
        List<Page> pages = new ArrayList<>(snapshot.pages().values());
        String base = snapshot.config().basePath();
        pages.replaceAll(page -> page.path().equals(dev.handbook.model.PagePaths.NOT_FOUND) ? RootedPage.of(page, base) : page);
        if (snapshot.config().offline()) {
            pages.add(new OfflineHandbook().write(snapshot.config().title(), snapshot.pages()));
        }
        try {
            publisher.publish(pages, options.out());
        } catch (IOException e) {
            throw new HandbookException("Cannot write the site to " + options.out() + ": " + e.getMessage(), e);
        }
        return result.published(options.out(), pages.size());
    }

    /** Loads and validates everything, writing nothing. */
    public BuildResult check(BuildOptions options) {
        return result(snapshot(options, false));
    }

    /** The outcome of a snapshot, for reporting. */
    public static BuildResult result(Snapshot snapshot) {
        Set<FlagCategory> failOn = snapshot.options().failOn() != null ? snapshot.options().failOn() : snapshot.config().failOn();
        return new BuildResult(snapshot.diagnostics(), snapshot.catalog().size(), 0, Optional.empty(), snapshot.options().strict(),
                Optional.of(snapshot.freshness()), snapshot.verification(), failOn, snapshot.skipped());
    }

    /** Runs every stage on everything; renders the site too if {@code render} and there are no errors. */
    public Snapshot snapshot(BuildOptions options, boolean render) {
        return snapshot(options, render ? freshTemplates(options) : null, Carryover.NOTHING);
    }

    /** Parses every file, then runs the later stages, taking over {@code carried}; renders if {@code engine} is given. */
    private Snapshot snapshot(BuildOptions options, TemplateEngine engine, Carryover carried) {
        return snapshot(options, engine, carried, null, List.of());
    }

    /**
     * A build from a fresh scan; with {@code previous} (a rebuild that left site/ alone, so the configuration is the
     * same), the files of the scan that are not in {@code changed} keep their parse results, and conversions and pages
     * carry over as in any rebuild.
     */
    private Snapshot snapshot(BuildOptions options, TemplateEngine engine, Carryover carried, Snapshot previous, Collection<Path> changed) {
        Diagnostics configProblems = new Diagnostics();
        HandbookConfig loaded = loadConfig(options, configProblems);
        HandbookConfig config = previous != null ? previous.config() : loaded; // pages read it: a reloaded one never compares equal
        SnippetRuns.refuseUncheckedFailOnVerify(options, config);
        if (!config.listsSources() && !Files.isDirectory(options.content())) {
            throw new HandbookException("Content folder " + options.content() + " does not exist."
                    + " Run handbook from the handbook's root folder, pass --content DIR, or list your records' folders under"
                    + " `sources:` in site/handbook.yaml.");
        }
        SourceSet sources = scan(options, config);
        if (sources.hasAsciidoc()) {
            startAsciidoc(); // takes seconds: start it now, beside parsing
        }
        EntryParser parser = new EntryParser(formats.withStatuses(config.adrStatuses()));
        List<ParsedFile> files;
        if (previous != null) {
            Reparse reparse = Reparse.of(sources, previous.files(), changed, parser);
            files = reparse.files();
            carried = carried.withRecordsOf(previous, reparse.touched());
        } else {
            files = parser.parseAll(sources);
        }
        sources.problems().forEach(configProblems::report);
        NoRecords.check(files, options, config, configProblems);
        return assemble(options, config, configProblems.sorted(), files, carried, engine, SkippedFiles.of(sources, files));
    }

    /** The config and every file's records, parsed only: for commands that add a file, not a build. */
    public ParsedHandbook parse(BuildOptions options) {
        HandbookConfig config = loadConfig(options, new Diagnostics());
        return new ParsedHandbook(config, new EntryParser(formats.withStatuses(config.adrStatuses())).parseAll(scan(options, config)));
    }

    private SourceSet scan(BuildOptions options, HandbookConfig config) {
        return new SourceScanner().scan(options.content(), repository(options), config, new DisplayPaths(options.displayBase()), formats.names());
    }

    /**
     * A new snapshot after files changed on disk, redoing only what the change affects: the changed files are parsed
     * again, records whose markup or link targets changed are converted again, and a page is rendered again only if
     * something it read changed. A change under site/ or to a folder parses everything again, still reusing the pages
     * it leaves alone; a change to templates renders every page. The result equals
     * {@code snapshot(previous.options(), true)} on the new files.
     *
     * @param changed files created, modified or deleted since {@code previous}
     */
    public Snapshot rebuild(Snapshot previous, Collection<Path> changed) {
        BuildOptions options = previous.options();
        boolean templates = changed.stream().anyMatch(under(options.site().resolve("templates")));
        boolean assets = changed.stream().anyMatch(under(options.site().resolve("assets")));
        boolean site = changed.stream().anyMatch(under(options.site()));
        boolean reusePages = previous.rendered() && !templates;
        TemplateEngine engine = reusePages ? currentTemplates(options) : freshTemplates(options);
        Carryover pages = reusePages ? Carryover.pagesOf(previous, !assets) : Carryover.NOTHING;
        if (site) {
            return snapshot(options, engine, pages);
        }
        if (previous.config().listsSources()) { // their folders are scanned again: a source's files describe each other
            return snapshot(options, engine, pages, previous, changed);
        }
        DisplayPaths paths = new DisplayPaths(options.displayBase());
        Set<String> scanProblemPaths = previous.diagnostics().stream().filter(d -> SourceScanner.isScanProblem(d.code()))
                .map(d -> d.where().path()).collect(Collectors.toSet());
        if (changed.stream().map(paths::of).anyMatch(scanProblemPaths::contains)) {
            return snapshot(options, engine, pages); // a link or folder the scan reported changed: scan again
        }
        Optional<FileChanges> update = FileChanges.apply(previous.files(), changed, options.content(), previous.config(), paths);
        if (update.isEmpty()) {
            return snapshot(options, engine, pages); // a folder moved or appeared: rescan everything
        }
        if (update.get().hasAsciidoc()) {
            startAsciidoc();
        }
        String configFile = paths.of(options.site().resolve(ConfigLoader.FILE_NAME));
        List<Diagnostic> configProblems = previous.diagnostics().stream()
                .filter(d -> d.where().path().equals(configFile) || SourceScanner.isScanProblem(d.code())).toList();
        return assemble(options, previous.config(), configProblems, update.get().files(), Carryover.of(previous, update.get().touched(), reusePages),
                engine, previous.skipped());
    }

    private static Predicate<Path> under(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return p -> p.toAbsolutePath().normalize().startsWith(absolute);
    }

    /** Runs catalog, convert, xref, verify and freshness over parsed files, then renders if {@code engine} is given. */
    private Snapshot assemble(BuildOptions options, HandbookConfig config, List<Diagnostic> configProblems, List<ParsedFile> files,
            Carryover carried, TemplateEngine engine, Map<String, List<String>> skipped) {
        Diagnostics diagnostics = new Diagnostics();
        configProblems.forEach(diagnostics::report);
        files.forEach(f -> f.diagnostics().forEach(diagnostics::report));
        List<Entry> entries = files.stream().flatMap(f -> f.entries().stream()).toList();
        Set<String> broken = files.stream().filter(f -> f.entries().isEmpty()).map(f -> FileIds.of(f.source()))
                .collect(Collectors.toSet());
        Catalog catalog = new CatalogBuilder().build(entries, broken, diagnostics);
        Set<String> touchedNames = carried.touched().stream().map(EntryId::name).collect(Collectors.toSet());
        Conversions conversions = converter(options, config).update(carried.conversions(), catalog, touchedNames);
        conversions.diagnostics().forEach(diagnostics::report);
        // search documents need only records and conversions: made beside the later stages, used if the build renders
        CompletableFuture<SearchIndex> searched = engine == null ? null : CompletableFuture.supplyAsync(() -> carried.search().update(catalog, conversions));
        XrefGraph graph = carried.graph().isPresent()
                ? new XrefResolver().update(carried.graph().get(), carried.touched(), catalog, conversions, diagnostics)
                : new XrefResolver().resolve(catalog, conversions, diagnostics);
        AlertIndex alerts = alerts(options, config, catalog, diagnostics);
        VerificationReport verification = diagnostics.hasErrors() ? VerificationReport.OFF : SnippetRuns.verify(options, config, catalog, conversions, diagnostics);
        // after verification: a passing `proves: restore` snippet is restore evidence
        FreshnessReport freshness = new FreshnessEvaluator().evaluate(catalog, graph, config, options.asOf(), verification, diagnostics);
        Map<String, String> evidence = new EvidenceFiles(files(options)).of(catalog, diagnostics);
        Map<String, Page> pages = new HashMap<>();
        SearchIndex search = SearchIndex.EMPTY;
        RenderedSite site = RenderedSite.NONE;
        if (engine != null && !diagnostics.hasErrors()) {
            BuildFacts facts = new BuildFacts(config, catalog, graph, conversions, freshness, verification, options.asOf(), evidence,
                    carried.site().facts(), alerts);
            site = new SiteRenderer(engine).render(facts, carried.site(), diagnostics);
            site.pages().forEach(page -> pages.put(page.path(), page));
            search = searched.join();
            pages.put(search.page().path(), search.page());
            List<Page> assets = carried.assets().isEmpty() ? new StaticAssets().collect(options.site().resolve("assets")) : carried.assets();
            assets.forEach(page -> pages.put(page.path(), page));
            Set<String> copied = new TreeSet<>(conversions.files());
            copied.addAll(evidence.values());
            new LinkedFiles().read(copied, repository(options), diagnostics).forEach(page -> pages.put(page.path(), page));
            Sitemap.of(List.copyOf(pages.keySet()), config.baseUrl()).ifPresent(page -> pages.put(page.path(), page));
        }
        List<Diagnostic> all = diagnostics.sorted();
        boolean failed = all.stream().anyMatch(d -> d.severity() == dev.handbook.diagnostics.Severity.ERROR);
        return new Snapshot(options, config, files, catalog, conversions, graph, freshness, verification, search, all,
                failed ? Map.of() : pages, failed ? RenderedSite.NONE : site, skipped);
    }


    /** The alerts of the rule files and the runbooks; rule files are few, so every build reads them again. */
    private static AlertIndex alerts(BuildOptions options, HandbookConfig config, Catalog catalog, Diagnostics diagnostics) {
        List<AlertRule> rules = new ArrayList<>();
        for (RuleFiles.RuleFile file : RuleFiles.read(config.alertSources(), repository(options), new DisplayPaths(options.displayBase()), diagnostics)) {
            rules.addAll(new PrometheusRulesReader().read(file.text(), file.displayPath(), file.json(), diagnostics));
        }
        AlertIndex alerts = AlertIndex.of(rules, !config.alertSources().isEmpty(), catalog);
        new AlertChecks().check(alerts, catalog, diagnostics);
        return alerts;
    }

    private MarkupConverter converter(BuildOptions options, HandbookConfig config) {
        return new MarkupConverter(config.rawHtml(), () -> startAsciidoc().join(), files(options));
    }

    private static LinkTargets.Files files(BuildOptions options) {
        return new LinkTargets.Files(options.displayBase(), repository(options));
    }

    /** The folder that holds {@code site/}: source paths and copied files are relative to it. */
    private static Path repository(BuildOptions options) {
        return ReadFolders.repository(options);
    }

    private synchronized TemplateEngine freshTemplates(BuildOptions options) {
        TemplateEngine engine = new TemplateEngine(options.site().resolve("templates"), options.displayBase());
        CompletableFuture.runAsync(() -> engine.warmUp(PageRenderer.TEMPLATES)); // beside parsing and conversion
        templates = engine;
        return engine;
    }

    private synchronized TemplateEngine currentTemplates(BuildOptions options) {
        return templates != null ? templates : freshTemplates(options);
    }

    private synchronized CompletableFuture<AsciidocConverter> startAsciidoc() {
        if (asciidoc == null) {
            asciidoc = CompletableFuture.supplyAsync(AsciidocConverter::start);
        }
        return asciidoc;
    }

    /** Whether this instance has started AsciidoctorJ (only builds with AsciiDoc should). */
    synchronized boolean asciidocStarted() {
        return asciidoc != null;
    }

    /** Stops the AsciidoctorJ runtime, if one was started. */
    @Override
    public synchronized void close() {
        if (asciidoc != null) {
            asciidoc.thenAccept(AsciidocConverter::close).join();
            asciidoc = null;
        }
    }

    /** A config file that cannot be read or decoded is a diagnostic at its path, like any content file. */
    private static HandbookConfig loadConfig(BuildOptions options, Diagnostics diagnostics) {
        Path file = options.site().resolve(ConfigLoader.FILE_NAME);
        String shown = new DisplayPaths(options.displayBase()).of(file);
        if (!Files.exists(file)) {
            return new ConfigLoader().load(null, shown, diagnostics);
        }
        Optional<String> text = TextFiles.read(file, shown, diagnostics);
        return text.isPresent() ? new ConfigLoader().load(text.get(), shown, diagnostics) : HandbookConfig.defaults();
    }
}
