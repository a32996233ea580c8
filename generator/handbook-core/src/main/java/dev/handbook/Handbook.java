package dev.handbook;

import dev.handbook.catalog.Catalog;
import dev.handbook.catalog.CatalogBuilder;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.convert.AsciidocConverter;
import dev.handbook.convert.Conversions;
import dev.handbook.convert.MarkdownConverter;
import dev.handbook.convert.MarkupConverter;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.freshness.FlagCategory;
import dev.handbook.freshness.FreshnessEvaluator;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.parse.EntryParser;
import dev.handbook.publish.Page;
import dev.handbook.publish.SitePublisher;
import dev.handbook.publish.StaticAssets;
import dev.handbook.render.PageRenderer;
import dev.handbook.render.RenderInput;
import dev.handbook.render.TemplateEngine;
import dev.handbook.source.DisplayPaths;
import dev.handbook.source.SourceScanner;
import dev.handbook.source.SourceSet;
import dev.handbook.xref.XrefGraph;
import dev.handbook.xref.XrefResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The entry point: runs the pipeline stages in order and connects their outputs.
 *
 * <pre><code>
 * BuildResult result = new Handbook().build(BuildOptions.defaults(Path.of(".")));
 * result.diagnostics().forEach(d -&gt; System.err.println(d.format()));
 * </code></pre>
 *
 * <p>Content problems come back as diagnostics; a {@link HandbookException} means bad options or environment. An
 * instance keeps one AsciidoctorJ runtime, started on the first build that has AsciiDoc and reused by later builds
 * (the preview server rebuilds often); {@link #close()} releases it. Builds on one instance may run concurrently.
 */
public final class Handbook implements AutoCloseable {

    private CompletableFuture<AsciidocConverter> asciidoc;

    /** The stages up to cross-references: what {@code check} runs and {@code build} renders. */
    public record Compiled(HandbookConfig config, Catalog catalog, Conversions conversions, XrefGraph graph, FreshnessReport freshness) {}

    /** Loads, validates and renders the handbook, and publishes it if the content passes. */
    public BuildResult build(BuildOptions options) {
        try {
            new SitePublisher().checkReplaceable(options.out());
        } catch (IOException e) {
            throw new HandbookException(e.getMessage(), e);
        }
        Diagnostics diagnostics = new Diagnostics();
        Compiled compiled = compile(options, diagnostics);
        List<Page> pages = new ArrayList<>();
        if (!diagnostics.hasErrors()) {
            TemplateEngine templates = new TemplateEngine(options.site().resolve("templates"), options.displayBase());
            RenderInput input = new RenderInput(compiled.config(), compiled.catalog(), compiled.graph(), compiled.conversions(), compiled.freshness(), options.asOf());
            pages.addAll(new PageRenderer(templates).renderAll(input, diagnostics));
            pages.addAll(new StaticAssets().collect(options.site().resolve("assets")));
        }
        BuildResult result = result(options, compiled, diagnostics);
        if (result.failed()) {
            return result;
        }
        try {
            new SitePublisher().publish(pages, options.out());
        } catch (IOException e) {
            throw new HandbookException("Cannot write the site to " + options.out() + ": " + e.getMessage(), e);
        }
        return result.published(options.out(), pages.size());
    }

    /** Loads and validates everything, writing nothing. */
    public BuildResult check(BuildOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        return result(options, compile(options, diagnostics), diagnostics);
    }

    private static BuildResult result(BuildOptions options, Compiled compiled, Diagnostics diagnostics) {
        Set<FlagCategory> failOn = options.failOn() != null ? options.failOn() : compiled.config().failOn();
        return new BuildResult(diagnostics.sorted(), compiled.catalog().size(), 0, Optional.empty(), options.strict(),
                Optional.of(compiled.freshness()), failOn);
    }

    /** Runs config, source, parse, catalog, convert and xref. */
    public Compiled compile(BuildOptions options, Diagnostics diagnostics) {
        if (!Files.isDirectory(options.content())) {
            throw new HandbookException("Content folder " + options.content() + " does not exist."
                    + " Run handbook from the handbook's root folder, or pass --content DIR.");
        }
        DisplayPaths paths = new DisplayPaths(options.displayBase());
        HandbookConfig config = loadConfig(options.site(), paths, diagnostics);
        SourceSet sources = new SourceScanner().scan(options.content(), config, paths, diagnostics);
        if (sources.hasAsciidoc()) {
            startAsciidoc(); // takes seconds: start it now, beside parsing
        }
        EntryParser.Parsed parsed = new EntryParser().parseAll(sources, diagnostics);
        Catalog catalog = new CatalogBuilder().build(parsed.entries(), parsed.brokenIds(), diagnostics);
        MarkupConverter converter = new MarkupConverter(new MarkdownConverter(config.rawHtml()), () -> startAsciidoc().join());
        Conversions conversions = converter.convertAll(catalog, diagnostics);
        XrefGraph graph = new XrefResolver().resolve(catalog, conversions, diagnostics);
        FreshnessReport freshness = new FreshnessEvaluator().evaluate(catalog, graph, config, options.asOf(), diagnostics);
        return new Compiled(config, catalog, conversions, graph, freshness);
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

    private static HandbookConfig loadConfig(Path site, DisplayPaths paths, Diagnostics diagnostics) {
        Path file = site.resolve(ConfigLoader.FILE_NAME);
        String text = null;
        if (Files.isRegularFile(file)) {
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new HandbookException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new ConfigLoader().load(text, paths.of(file), diagnostics);
    }
}
