package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders fixture sites and compares every output file with {@code expected/}. */
class GoldenSiteTest {

    @TempDir Path out;

    @Test
    void basicSiteRendersEveryKindAsExpected() throws IOException {
        Path site = TestSites.SITES.resolve("basic");
        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(site, out.resolve("site")));

        assertThat(result.diagnostics()).as("diagnostics").isEmpty();
        // The browser libraries are third-party files, checked for presence only; the rest is compared byte for byte.
        Path vendor = out.resolve("site/assets/vendor");
        assertThat(GoldenFiles.list(vendor)).containsExactly("highlight.min.js", "lunr.min.js", "mermaid.min.js");
        assertThat(Files.readString(vendor.resolve("lunr.min.js"))).startsWith("/**\n * lunr - http://lunrjs.com");
        try (Stream<Path> files = Files.walk(vendor)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        GoldenFiles.assertTreeMatches(out.resolve("site"), site.resolve("expected"));
    }
}
