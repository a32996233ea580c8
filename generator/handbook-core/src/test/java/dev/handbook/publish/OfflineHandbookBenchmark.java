package dev.handbook.publish;

import dev.handbook.render.Page;
import com.sun.management.OperatingSystemMXBean;
import dev.handbook.TestSites;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Times the offline handbook on a synthetic site: a built site's record pages copied until there are {@code records}
 * of them. Not a test; run it by hand from handbook-core, on a site built beforehand so that the JVM does nothing else:
 *
 * <pre><code>
 * java -cp target/classes:target/test-classes:DEPENDENCIES dev.handbook.publish.OfflineHandbookBenchmark SITE_DIR 10000
 * </code></pre>
 *
 * <p>Without a site folder it builds the example handbook first (AsciidoctorJ then competes for the CPU). {@code
 * -Druns=N} sets the number of timed runs; a yardstick follows: jsoup parsing every page once.
 */
public final class OfflineHandbookBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, Page> built = args.length > 0 ? read(Path.of(args[0])) : example();
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Map<String, Page> site = new HashMap<>(built);
        List<Page> templates = new ArrayList<>(built.values().stream()
                .filter(p -> p.path().endsWith(".html") && p.path().contains("/") && !p.path().endsWith("/index.html")).sorted(
                        java.util.Comparator.comparing(Page::path)).toList());
        for (int i = 0; site.size() < records + built.size(); i++) {
            Page template = templates.get(i % templates.size());
            String path = template.path().replace(".html", "-" + i + ".html");
            site.put(path, new Page(path, template.content()));
        }
        long bytes = site.values().stream().filter(p -> p.path().endsWith(".html")).mapToLong(p -> p.content().length).sum();
        System.out.printf("%d pages, %.1f MB of HTML, %d cores%n", site.size(), bytes / 1e6, Runtime.getRuntime().availableProcessors());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        OfflineHandbook offline = new OfflineHandbook();
        for (int run = 1; run <= Integer.getInteger("runs", 5); run++) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            Page page = offline.write("Benchmark", site);
            System.out.printf("run %d: %d ms wall, %d ms CPU, %.1f MB written%n", run, (System.nanoTime() - start) / 1_000_000,
                    (os.getProcessCpuTime() - cpu) / 1_000_000, page.content().length / 1e6);
        }
        for (int run = 1; run <= Integer.getInteger("parseRuns", 3); run++) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            long elements = site.values().parallelStream().filter(p -> p.path().endsWith(".html"))
                    .mapToLong(p -> Jsoup.parse(p.text()).getAllElements().size()).sum();
            System.out.printf("yardstick, jsoup parsing every page once: %d ms wall, %d ms CPU, %d elements%n",
                    (System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000, elements);
        }
    }

    private static Map<String, Page> read(Path root) throws Exception {
        Map<String, Page> pages = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                pages.put(path, new Page(path, Files.readAllBytes(file)));
            }
        }
        return pages;
    }

    private static Map<String, Page> example() throws Exception {
        try {
            return TestSites.HANDBOOK.snapshot(TestSites.options(TestSites.EXAMPLE, Files.createTempDirectory("bench")), true).pages();
        } finally {
            TestSites.HANDBOOK.close();
        }
    }
}
