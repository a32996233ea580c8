package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder of {@code sites-invalid/} is a handbook with one kind of problem; its {@code expected-diagnostics.txt}
 * holds the exact messages, with file:line:column, that a build prints.
 */
class InvalidSitesTest {

    @TempDir Path out;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestSites.INVALID)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemAtItsPosition(String name) {
        Path site = TestSites.INVALID.resolve(name);
        Path target = out.resolve("site");
        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(site, target).withStrict(true));

        String printed = result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n", "", "\n"));
        GoldenFiles.assertTextMatches(printed, site.resolve("expected-diagnostics.txt"));
        assertThat(result.failed()).as("build of %s fails", name).isTrue();
        assertThat(target).as("no site is written for %s", name).doesNotExist();
    }
}
