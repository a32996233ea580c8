package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same content and --as-of date give byte-identical output. */
class DeterminismTest {

    @TempDir Path out;

    @Test
    void twoBuildsOfTheExampleAreByteIdentical() throws IOException {
        BuildResult first = TestSites.HANDBOOK.build(TestSites.options(TestSites.EXAMPLE, out.resolve("a")));
        BuildResult second = TestSites.HANDBOOK.build(TestSites.options(TestSites.EXAMPLE, out.resolve("b")));

        assertThat(first.failed()).isFalse();
        assertThat(second.pages()).isEqualTo(first.pages());
        assertThat(GoldenFiles.list(out.resolve("b"))).isEqualTo(GoldenFiles.list(out.resolve("a")));
        for (String file : GoldenFiles.list(out.resolve("a"))) {
            assertThat(Files.readAllBytes(out.resolve("b").resolve(file))).as(file).isEqualTo(Files.readAllBytes(out.resolve("a").resolve(file)));
        }
    }
}
