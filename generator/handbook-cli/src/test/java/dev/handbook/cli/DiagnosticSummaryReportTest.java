package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A build with more than a screenful of problems starts with a summary by code, then lists every problem as before. */
class DiagnosticSummaryReportTest {

    @TempDir Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int check(Path root) {
        CommandLine cli = HandbookCommand.create();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("check", "--content", root.resolve("content").toString(), "--site", root.resolve("site").toString(), "--as-of", "2026-11-23");
    }

    /** {@code runbooks} runbooks without an owner, each with a review date that is not a date: two problems each. */
    Path brokenHandbook(int runbooks) throws IOException {
        Path root = CliFixture.copy(CliFixture.FIXTURE, dir.resolve("handbook"));
        Path folder = Files.createDirectories(root.resolve("content/runbooks"));
        for (int i = 0; i < runbooks; i++) {
            Files.writeString(folder.resolve(String.format("rb-%02d.md", i)),
                    "---\ntitle: Runbook " + i + "\nlast_reviewed: someday\n---\nSteps.\n");
        }
        return root;
    }

    @Test
    void manyProblemsStartWithOneLinePerCodeWithCountExampleAndFix() throws IOException {
        assertThat(check(brokenHandbook(25))).isEqualTo(ExitCodes.CONTENT);

        List<String> lines = err.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Summary: 50 problems of 2 kinds (the full list follows):");
        assertThat(lines.subList(1, 3)).allSatisfy(line -> assertThat(line).startsWith("   25 × "));
        assertThat(lines.subList(1, 3)).anySatisfy(line -> assertThat(line)
                .contains("field.missing (error), e.g. ", "content/runbooks/rb-00.md:2:1: Missing required field 'owner' in a runbook.",
                        "Fix: Add `owner: …`"));
        assertThat(lines.subList(1, 3)).anySatisfy(line -> assertThat(line).contains("rb-00.md:3:", "someday", "Fix: "));
        assertThat(lines.get(3)).isEmpty();
        // the full list follows, every problem with its place, as without the summary
        assertThat(lines.stream().filter(l -> l.endsWith("[field.missing]"))).hasSize(25);
        assertThat(lines).last().asString().startsWith("50 errors");
    }

    @Test
    void aScreenfulOrLessHasNoSummary() throws IOException {
        assertThat(check(brokenHandbook(20))).isEqualTo(ExitCodes.CONTENT);

        assertThat(err.toString()).doesNotContain("Summary:").contains("rb-19.md:2:1: error: Missing required field 'owner'");
    }
}
