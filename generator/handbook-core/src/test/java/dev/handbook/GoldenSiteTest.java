package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
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
        // The browser libraries are third-party files: compared by name, size and hash (expected/assets/vendor.sha256).
        GoldenFiles.assertTreeMatches(out.resolve("site"), site.resolve("expected"), "assets/vendor");
    }

    /**
     * {@code sources:} folders outside {@code content/} (there is none), read in place: include and exclude globs,
     * defaults for fields the files do not set, ids from upper-case and {@code _} file names, references that differ in
     * case, a folder of Prometheus rules whose alert gets a page leading to its runbook, and not one byte of the
     * sources changed.
     */
    @Test
    void sourcesSiteReadsFoldersInPlace() throws IOException {
        Path site = TestSites.SITES.resolve("sources");
        Map<String, String> before = Checksums.of(site.resolve("docs"), site.resolve("ops"));
        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(site, out.resolve("site")));

        assertThat(result.diagnostics()).as("diagnostics").isEmpty();
        assertThat(result.records()).isEqualTo(3);
        assertThat(Checksums.of(site.resolve("docs"), site.resolve("ops"))).as("sources unchanged").isEqualTo(before);
        // The theme's assets are the basic site's concern; this site compares only what sources change.
        try (Stream<Path> files = Files.walk(out.resolve("site/assets"))) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        GoldenFiles.assertTreeMatches(out.resolve("site"), site.resolve("expected"));
    }
}
