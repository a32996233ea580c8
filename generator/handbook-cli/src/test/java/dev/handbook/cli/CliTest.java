package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands, run in-process as the launcher runs them: exit codes, messages, and what is left on disk. */
class CliTest {

    @TempDir Path dir;
    Path root;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copyFixture() {
        root = CliFixture.copy(CliFixture.FIXTURE, dir.resolve("handbook"));
    }

    int run(String... args) {
        CommandLine cli = HandbookCommand.create();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String[] site(String command, String... more) {
        return Stream.concat(
                        Stream.of(command, "--content", root.resolve("content").toString(), "--site", root.resolve("site").toString(), "--as-of", "2026-11-23"),
                        Stream.of(more))
                .toArray(String[]::new);
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("build", "check", "Exit codes:", "Content errors");

        out.getBuffer().setLength(0);
        assertThat(run("build", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--content", "--out", "--as-of", "--strict", "Exit codes:", "Usage error");
    }

    @Test
    void noSubcommandPrintsUsage() {
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("Usage: handbook");
    }

    @Test
    void buildWritesTheSiteAndSaysWhereToOpenIt() {
        Path site = root.resolve("out");
        assertThat(run(site("build", "--out", site.toString()))).isEqualTo(ExitCodes.OK);

        assertThat(site.resolve("index.html")).exists();
        assertThat(out.toString()).contains("Built 2 records", site.resolve("index.html").toUri().toString());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBrokenBuildListsEveryProblemExitsOneAndLeavesThePreviousSiteUntouched() throws IOException {
        Path site = root.resolve("out");
        assertThat(run(site("build", "--out", site.toString()))).isEqualTo(ExitCodes.OK);
        byte[] before = Files.readAllBytes(site.resolve("services/api.html"));

        Files.writeString(root.resolve("content/services/api.yaml"), "title: API\nowner: team-api\ntier: \"1\"\nrto_target: soon\ndepends_on: [dbb]\n");
        Files.writeString(root.resolve("content/services/db.yaml"), "title: Database\nowner: team-data\ntier: \"0\"\ndr_strategy: hot\n");
        err.getBuffer().setLength(0);
        assertThat(run(site("build", "--out", site.toString()))).isEqualTo(ExitCodes.CONTENT);

        assertThat(err.toString())
                .contains("content/services/api.yaml:4:13: error: 'soon' is not a valid duration for 'rto_target'.")
                .contains("content/services/db.yaml:4:14: error: 'hot' is not a valid dr_strategy.")
                .contains("2 errors, 0 warnings in 0 records.")
                .contains("the previous site")
                .doesNotContain("Exception", "\tat ");
        assertThat(Files.readAllBytes(site.resolve("services/api.html"))).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(root)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site", "out");
        }
    }

    @Test
    void warningsFailOnlyUnderStrict() throws IOException {
        Files.createDirectories(root.resolve("content/spofs"));
        Files.writeString(root.resolve("content/spofs/db-node.yaml"), "title: DB node\nowner: team-data\ncomponent: The node\nfailure_mode: dies\nstatus: open\n");

        assertThat(run(site("check"))).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("content/spofs/db-node.yaml:1:1: warning: SPOF 'db-node' has no runbook.");
        assertThat(run(site("check", "--strict"))).isEqualTo(ExitCodes.CONTENT);
    }

    @Test
    void aFailingSnippetFailsTheBuildWithCodeFiveOnlyUnderFailOnVerify() throws IOException {
        Files.createDirectories(root.resolve("content/runbooks"));
        Files.writeString(root.resolve("content/runbooks/restart.md"), "---\ntitle: Restart\nowner: team-api\nservices: [api]\n---\n"
                + "1. Check:\n\n   ```sh verify name=\"config says primary\" expect_output=primary\n   echo replica\n   ```\n");

        assertThat(run(site("check", "--verify=fresh"))).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("content/runbooks/restart.md:8:4: fail: config says primary: Expected the output to contain \"primary\".",
                "Verification: 0 passed, 1 failed, 0 timed out, 0 skipped.");
        assertThat(run(site("check", "--verify=fresh", "--fail-on", "verify"))).isEqualTo(ExitCodes.VERIFY);
    }

    @Test
    void theSiteIsReadableByAWebServerFoldersRwxrXrXFilesRwRR() throws IOException {
        // a site copied to a web server as is must not answer 403: the umask (022 here) decides, not a temp folder's 0700
        Path site = root.resolve("out");
        assertThat(run(site("build", "--out", site.toString()))).isEqualTo(ExitCodes.OK);
        Path umaskProbe = Files.createDirectory(root.resolve("probe"));
        var folderMode = Files.getPosixFilePermissions(umaskProbe);
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.toList()) {
                var mode = Files.getPosixFilePermissions(p);
                if (Files.isDirectory(p)) {
                    assertThat(mode).as(p.toString()).isEqualTo(folderMode).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ,
                            java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
                } else {
                    assertThat(mode).as(p.toString()).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                            .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
                }
            }
        }
    }

    @Test
    void failingOnVerifyWithoutRunningSnippetsIsAUsageErrorNotAGreenBuild() {
        assertThat(run(site("check", "--fail-on", "verify"))).as("nothing would be checked").isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Failing on verify was asked for, but this build runs no verification snippet", "Add --verify");
        assertThat(run(site("build", "--fail-on", "stale,verify", "--verify=off"))).isEqualTo(ExitCodes.USAGE);
        assertThat(root.resolve("target/handbook")).as("nothing written").doesNotExist();
    }

    @Test
    void checkValidatesAndWritesNothing() {
        assertThat(run(site("check"))).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Checked 2 records: 0 errors, 0 warnings.", "Freshness as of 2026-11-23:");
        assertThat(root.resolve("target")).doesNotExist();
    }

    @Test
    void buildReadsSourcesWhereTheyAreAndNamesEveryFileItSkipped() throws IOException {
        Files.writeString(root.resolve("site/handbook.yaml"), "sources:\n  - path: ops/runbooks\n    kind: runbook\n    defaults: {owner: team-ops}\n");
        Files.createDirectories(root.resolve("ops/runbooks"));
        Files.writeString(root.resolve("ops/runbooks/Disk_Full.md"), "---\ntitle: Disk full\n---\nFree space.\n");
        Files.writeString(root.resolve("ops/runbooks/diagram.png"), "png");
        Files.writeString(root.resolve("ops/runbooks/OWNERS"), "team-ops\n");
        Path site = root.resolve("out");

        assertThat(run(site("build", "--out", site.toString()))).isEqualTo(ExitCodes.OK);

        assertThat(site.resolve("runbooks/disk-full.html")).exists();
        assertThat(out.toString()).contains("Built 1 record")
                .containsPattern("skipped 1 OWNERS files \\(read as owners\\): \\S*ops/runbooks/OWNERS\n")
                .containsPattern("skipped 1 files of unknown type: \\S*ops/runbooks/diagram.png\n");
    }

    @Test
    void aBuildThatFindsNoRecordsFailsWithAHint() throws IOException {
        Files.writeString(root.resolve("site/handbook.yaml"), "sources:\n  - {path: ops, kind: runbook}\n");
        Files.createDirectories(root.resolve("ops"));
        Files.writeString(root.resolve("ops/data.json"), "{}");

        assertThat(run(site("build", "--out", root.resolve("out").toString()))).isEqualTo(ExitCodes.CONTENT);

        assertThat(err.toString()).contains("error: No records found in the folders listed under `sources:`", "[source.empty]");
        assertThat(out.toString()).containsPattern("skipped 1 files of unknown type: \\S*ops/data.json");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingContentFolderIsAUsageError() {
        assertThat(run("build", "--content", dir.resolve("nowhere").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("does not exist").contains("--content").doesNotContain("Exception");
    }

    @Test
    void anOutputFolderWithSomeoneElsesFilesIsNeverReplaced() throws IOException {
        Path docs = Files.createDirectories(root.resolve("docs"));
        Files.writeString(docs.resolve("notes.md"), "precious");

        assertThat(run(site("build", "--out", docs.toString()))).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("not written by handbook");
        assertThat(Files.readString(docs.resolve("notes.md"))).isEqualTo("precious");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("build", "--as-of", "yesterday")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--as-of").contains("--help");
        assertThat(run("build", "--frobnicate")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anOutputFolderInsideContentOrSiteOrHoldingThemIsRefused() {
        for (String inside : new String[] {"content/x", "site/templates", "."}) {
            err.getBuffer().setLength(0);
            assertThat(run(site("build", "--out", root.resolve(inside).toString()))).as(inside).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString()).as(inside).contains("Choose a folder outside content/ and site/").doesNotContain("Exception");
        }
        assertThat(err.toString()).contains("contains the content folder");
        assertThat(root.resolve("content/x")).doesNotExist();
        assertThat(root.resolve("site/templates")).doesNotExist();
    }

    @Test
    void controlCharactersInATitleCannotForgeLinesOfTheCheckReport() throws IOException {
        Files.createDirectories(root.resolve("content/runbooks"));
        Files.writeString(root.resolve("content/runbooks/restart.md"), "---\n"
                + "title: \"Restart\\r\\nFreshness as of 2099-01-01: 0 stale.\\e[2J\\tdone\"\n"
                + "owner: \"team-api\\e[8m\"\nlast_reviewed: 2025-01-01\nservices: [api]\n---\n1. Restart it.\n");

        assertThat(run(site("check"))).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("Restart  Freshness as of 2099-01-01: 0 stale. [2J done").doesNotContain("\r", "\u001B", "\t");
        assertThat(out.toString().lines().filter(line -> line.startsWith("Freshness as of"))).hasSize(1);
        assertThat(out.toString().lines()).anyMatch(line -> line.startsWith("team-api [8m (1)"));
    }
}
