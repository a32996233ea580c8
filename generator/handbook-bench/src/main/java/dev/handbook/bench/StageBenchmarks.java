package dev.handbook.bench;

import dev.handbook.BuildOptions;
import dev.handbook.Handbook;
import dev.handbook.Snapshot;
import dev.handbook.convert.Conversions;
import dev.handbook.convert.MarkupConverter;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.parse.EntryParser;
import dev.handbook.parse.ParsedFile;
import dev.handbook.render.Page;
import dev.handbook.render.RenderedSite;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.input.BuildFacts;
import dev.handbook.render.TemplateEngine;
import dev.handbook.source.DisplayPaths;
import dev.handbook.source.SourceScanner;
import dev.handbook.source.SourceSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH microbenchmarks of the hot stages (load, convert, render) on a synthetic handbook, to find where a build's time
 * goes. Run with {@code bench/jmh}; timings are never asserted anywhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {

    @Param("1000")
    int records;

    Path root;
    Handbook handbook;
    SourceSet sources;
    Snapshot snapshot;
    MarkupConverter converter;
    SiteRenderer renderer;
    LocalDate asOf;

    @Setup
    public void generate() throws Exception {
        root = Files.createTempDirectory("handbook-jmh");
        SyntheticHandbook.main(new String[] {"--records", String.valueOf(records), "--seed", "7", "--out", root.toString()});
        BuildOptions options = BuildOptions.defaults(root).withAsOf(LocalDate.parse("2026-11-23"));
        handbook = new Handbook();
        snapshot = handbook.snapshot(options, false);
        sources = new SourceScanner().scan(options.content(), snapshot.config(), new DisplayPaths(root));
        converter = new MarkupConverter(false, () -> {
            throw new IllegalStateException("the synthetic handbook has no AsciiDoc");
        });
        renderer = new SiteRenderer(new TemplateEngine(options.site().resolve("templates"), root));
        asOf = options.asOf();
    }

    @TearDown
    public void close() {
        handbook.close();
    }

    /** Reading and parsing every file: YAML front matter, schema checks, records. */
    @Benchmark
    public List<ParsedFile> load() {
        return new EntryParser().parseAll(sources);
    }

    /** Converting every body and text field with commonmark-java, and resolving record links. */
    @Benchmark
    public Conversions convert() {
        return converter.convertAll(snapshot.catalog());
    }

    /** Rendering every page with FreeMarker. */
    @Benchmark
    public List<Page> render() {
        BuildFacts facts = new BuildFacts(snapshot.config(), snapshot.catalog(), snapshot.graph(), snapshot.conversions(), snapshot.freshness(),
                snapshot.verification(), asOf, Map.of()); // fresh: answers are memoised per build
        return renderer.render(facts, RenderedSite.NONE, new Diagnostics()).pages();
    }

}
