package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.testing.ToolRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook init} on repositories laid out as teams keep them, then {@code handbook build} on what it wrote. */
class InitCommandTest {

    @TempDir Path dir;
    final CliRun cli = new CliRun();

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Runbooks and postmortems in native front matter, some without the owner or severity the schema requires. */
    private static void opsFolders(Path repo) throws IOException {
        write(repo.resolve("runbooks/postgres-failover.md"), "---\ntitle: Postgres failover\nowner: team-data\n---\n"
                + "1. Promote the replica; why we run Postgres: [[0002-use-postgres]].\n");
        write(repo.resolve("runbooks/disk-full.md"), "---\ntitle: Disk full\n---\n1. Free space, then follow [[postgres-failover]].\n");
        write(repo.resolve("postmortems/2024-05-10-db-outage.md"), "---\ntitle: Database outage\ndate: 2024-05-10\n"
                + "runbooks: [postgres-failover]\n---\nThe primary's disk filled up; see [[disk-full]].\n");
    }

    @Test
    void initThenBuildReadsAnAdrToolsCollectionAndOpsFoldersInPlaceAndChangesNoFile() throws Exception {
        Path repo = AdrToolsRepo.init(dir.resolve("platform"), "doc/architecture/decisions");
        AdrToolsRepo.adrNew(repo, "2024-05-03", "Use", "Postgres");
        AdrToolsRepo.adrNew(repo, "2024-05-14", "-s", "2", "Use", "MySQL");
        opsFolders(repo);
        Map<String, String> before = ToolRun.checksums(repo);

        assertThat(cli.run("init", repo.toString())).as(cli.err.toString()).isEqualTo(ExitCodes.OK);

        assertThat(cli.out.toString()).contains(
                "Found 6 records:",
                "  doc/architecture/decisions  adr  3 records: 3 adr-tools",
                "  runbooks  runbook  2 records: 2 native",
                "    placeholder owner: unassigned for the records that set no owner",
                "  postmortems  postmortem  1 record: 1 native",
                "    placeholder severity: SEV3",
                "Wrote site/handbook.yaml. Review it, then run: cd " + repo + " && handbook build");
        Map<String, String> afterInit = ToolRun.checksums(repo);
        Map<String, String> expected = new HashMap<>(before);
        expected.put("site/handbook.yaml", afterInit.get("site/handbook.yaml"));
        assertThat(afterInit).isEqualTo(expected);

        Path site = dir.resolve("site-out");
        assertThat(cli.run("build", "--site", repo.resolve("site").toString(), "--content", repo.resolve("content").toString(),
                "--out", site.toString(), "--as-of", "2024-06-01")).as(cli.err.toString()).isEqualTo(ExitCodes.OK);

        assertThat(cli.err.toString()).doesNotContain("error");
        assertThat(cli.out.toString()).contains("Built 6 records");
        assertThat(mainLinks(site, "runbooks/postgres-failover.html")).contains("../adrs/0002-use-postgres.html");
        assertThat(mainLinks(site, "postmortems/2024-05-10-db-outage.html")).contains("../runbooks/disk-full.html", "../runbooks/postgres-failover.html");
        assertThat(main(site, "postmortems/2024-05-10-db-outage.html").text()).contains("SEV3");
        assertThat(main(site, "adrs/0002-use-postgres.html").select(".callout.superseded").text()).contains("Use MySQL");
        assertThat(main(site, "runbooks/disk-full.html").text()).contains("unassigned");
        assertThat(ToolRun.checksums(repo)).isEqualTo(afterInit);
        assertThat(ToolRun.run(repo, Map.of(), "adr", "list")).contains("doc/architecture/decisions/0003-use-mysql.md");
    }

    /**
     * A repository as teams have them: adr-tools ADRs linked with {@code adr link}, Hugo alert runbooks named after
     * their alerts with an {@code OWNERS} file and an image, postmortems without front matter with a timeline table.
     */
    @Test
    void initThenBuildReadsARepositoryLaidOutLikeARealOne() throws Exception {
        Path repo = AdrToolsRepo.init(dir.resolve("ops-repo"), "docs/adr");
        AdrToolsRepo.adrNew(repo, "2024-05-03", "Run", "Alertmanager", "in", "HA");
        AdrToolsRepo.adrNew(repo, "2024-05-20", "Page", "on", "crashloops");
        ToolRun.run(repo, Map.of(), "adr", "link", "3", "Amends", "2", "Amended by");
        write(repo.resolve("runbooks/OWNERS"), "approvers:\n  - team-observability\n");
        write(repo.resolve("runbooks/AlertmanagerClusterCrashlooping.md"), "---\ntitle: Alertmanager cluster crashlooping\n"
                + "weight: 20\nmenu:\n  main:\n    parent: alerts\nlastmod: 2024-05-21\n---\n"
                + "# Alertmanager cluster crashlooping\n\n![Flow](img/flow.png)\n\n"
                + "1. Check the peers; why we run it in HA: [ADR 2](../docs/adr/0002-run-alertmanager-in-ha.md).\n");
        Files.write(Files.createDirectories(repo.resolve("runbooks/img")).resolve("flow.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        write(repo.resolve("postmortems/2024-05-25-alertmanager-split-brain.md"), "# Alertmanager split brain\n\n"
                + "Alerts fired twice for an hour; we followed [the runbook](../runbooks/AlertmanagerClusterCrashlooping.md).\n\n"
                + "## Timeline\n\n| Time | Event |\n|---|---|\n| 10:02 | Duplicate pages start |\n| 11:05 | Peers rejoined |\n");
        Map<String, String> before = ToolRun.checksums(repo);

        assertThat(cli.run("init", repo.toString())).as(cli.err.toString() + cli.out).isEqualTo(ExitCodes.OK);
        assertThat(cli.out.toString()).contains("runbooks  runbook  1 record: 1 markdown-runbook", "1 markdown-postmortem")
                .doesNotContain("placeholder owner", "runbooks/OWNERS");
        Path site = dir.resolve("ops-site");
        assertThat(cli.run("build", "--site", repo.resolve("site").toString(), "--content", repo.resolve("content").toString(),
                "--out", site.toString(), "--as-of", "2024-06-01")).as(cli.err.toString()).isEqualTo(ExitCodes.OK);

        String runbook = "runbooks/alertmanagerclustercrashlooping.html";
        assertThat(mainLinks(site, runbook)).contains("../adrs/0002-run-alertmanager-in-ha.html");
        String image = main(site, runbook).selectFirst("img").attr("src");
        assertThat(site.resolve("runbooks").resolve(image).normalize()).exists();
        assertThat(main(site, runbook).text()).contains("team-observability");
        assertThat(mainLinks(site, "postmortems/2024-05-25-alertmanager-split-brain.html")).contains("../" + runbook);
        assertThat(main(site, "postmortems/2024-05-25-alertmanager-split-brain.html").text()).contains("Peers rejoined");
        assertThat(main(site, "adrs/0003-page-on-crashloops.html").text()).contains("Amends");
        Map<String, String> after = ToolRun.checksums(repo);
        before.forEach((path, sum) -> assertThat(after.get(path)).as(path).isEqualTo(sum));
    }

    /** The main part of a page, without the frame whose sidebar links to every record of the section. */
    private static Element main(Path site, String page) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(page))).getElementById("main");
    }

    private static List<String> mainLinks(Path site, String page) throws IOException {
        return main(site, page).select("a[href]").eachAttr("href");
    }

    @Test
    void anExistingConfigIsNeverOverwrittenAndTheConfigItWouldWriteIsPrinted() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("ops"));
        opsFolders(repo);
        write(repo.resolve("site/handbook.yaml"), "title: Ours\n");

        assertThat(cli.run("init", repo.toString())).isEqualTo(ExitCodes.USAGE);

        assertThat(Files.readString(repo.resolve("site/handbook.yaml"))).isEqualTo("title: Ours\n");
        assertThat(cli.err.toString()).contains("site/handbook.yaml already exists, and init changes no existing file");
        assertThat(cli.out.toString()).contains("title: \"ops\"\nsources:\n  - path: \"runbooks\"");
    }

    @Test
    void aRepositoryWithoutRecordFoldersGetsNoConfigAndIsToldWhereInitLooked() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("empty"));
        write(repo.resolve("src/Main.java"), "class Main {}\n");

        assertThat(cli.run("init", repo.toString())).isEqualTo(ExitCodes.USAGE);

        assertThat(repo.resolve("site")).doesNotExist();
        assertThat(cli.err.toString()).contains("found no records in " + repo, "docs/adr", "runbooks/");
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageError() {
        assertThat(cli.run("init", dir.resolve("nowhere").toString())).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err.toString()).contains("handbook: Folder " + dir.resolve("nowhere") + " does not exist.").doesNotContain("Exception");
    }

    @Test
    void helpDocumentsInit() {
        assertThat(cli.run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out.toString()).contains("init");
        assertThat(cli.run("init", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out.toString()).contains("[DIR]", ".adr-dir", "Changes no existing file", "Exit codes:");
    }
}
