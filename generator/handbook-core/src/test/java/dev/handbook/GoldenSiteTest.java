package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.testing.GoldenFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders fixture sites and compares every output file with {@code expected/}. */
class GoldenSiteTest {

    @TempDir Path out;

    @Test
    void basicSiteRendersEveryKindAsExpected() {
        Path site = TestSites.SITES.resolve("basic");
        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(site, out.resolve("site")));

        assertThat(result.diagnostics()).as("diagnostics").isEmpty();
        GoldenFiles.assertTreeMatches(out.resolve("site"), site.resolve("expected"));
    }
}
