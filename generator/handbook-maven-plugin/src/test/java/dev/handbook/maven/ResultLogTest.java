package dev.handbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildOptions;
import dev.handbook.BuildResult;
import dev.handbook.Handbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Maven log of a build with more than a screenful of problems starts with the same summary by code as the CLI. */
class ResultLogTest {

    @TempDir Path repo;

    /** Every line the mojo logs, prefixed with its level. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }
    }

    private BuildResult checkRunbooksWithoutOwner(int count) throws IOException {
        Files.createDirectories(repo.resolve("site"));
        Files.writeString(repo.resolve("site/handbook.yaml"), "title: t\n");
        Path folder = Files.createDirectories(repo.resolve("content/runbooks"));
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("rb-%02d.md", i)), "---\ntitle: Runbook " + i + "\n---\nSteps.\n");
        }
        try (Handbook handbook = new Handbook()) {
            return handbook.check(BuildOptions.defaults(repo).withAsOf(LocalDate.of(2026, 11, 23)));
        }
    }

    @Test
    void moreThanAScreenfulOfProblemsStartsWithTheSummaryThenEveryProblem() throws IOException {
        RecordingLog log = new RecordingLog();
        ResultLog.report(checkRunbooksWithoutOwner(41), log);

        assertThat(log.lines.get(0)).isEqualTo("INFO Summary: 41 problems of 1 kind (the full list follows):");
        assertThat(log.lines.get(1)).startsWith("INFO    41 × field.missing (error), e.g. ").contains("rb-00.md:2:1", "Fix: Add `owner: …`");
        assertThat(log.lines.stream().filter(l -> l.startsWith("ERROR ") && l.endsWith("[field.missing]"))).hasSize(41);
    }

    @Test
    void aScreenfulHasNoSummary() throws IOException {
        RecordingLog log = new RecordingLog();
        ResultLog.report(checkRunbooksWithoutOwner(40), log);

        assertThat(log.lines).noneMatch(l -> l.contains("Summary:")).hasSize(40);
    }
}
