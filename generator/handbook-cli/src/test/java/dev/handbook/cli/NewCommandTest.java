package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import dev.handbook.testing.ToolRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook new KIND "Some title"} in a fresh handbook, then {@code handbook build}: every kind builds and shows its skeleton. */
class NewCommandTest {

    @TempDir Path dir;
    final CliRun cli = new CliRun();

    @Test
    void everyKindWritesARecordThatBuildsAndShowsItsSkeleton() throws Exception {
        String content = dir.resolve("content").toString();
        String site = dir.resolve("site").toString();
        for (EntryKind kind : EntryKind.values()) { // ids are unique across kinds: one title each
            assertThat(cli.run("new", kind.key(), "Some " + kind.key() + " title", "--owner", "team-platform", "--content", content, "--site", site))
                    .as(kind.key() + ": " + cli.err).isZero();
            assertThat(cli.out.toString()).as(kind.key()).startsWith("wrote ").contains("Next: ");
        }

        assertThat(cli.run("build", "--content", content, "--site", site, "--out", dir.resolve("out").toString())).as(cli.err.toString()).isZero();

        String today = LocalDate.now().toString();
        assertThat(page("some-runbook-title", "runbooks")).contains("Confirm the failure").contains("team-platform");
        assertThat(page("0001-some-adr-title", "adrs")).contains("Context").contains("Decision").contains("Consequences");
        assertThat(page(today + "-some-postmortem-title", "postmortems")).contains("Five whys").contains("Where we got lucky").contains("Action items");
        assertThat(page("some-spof-title", "spofs")).contains("Write how it fails");
        assertThat(page(today + "-some-drill-title", "drills")).contains("Write what was simulated");
        assertThat(page(today + "-some-chaos-title", "chaos")).contains("Write the steady state").contains("Write the signal that stops");
    }

    @Test
    void namedTemplatesWriteTheRestoreAndIncidentCommanderRunbooksAndTheSitesOwn() throws Exception {
        String content = dir.resolve("content").toString();
        String site = dir.resolve("site").toString();
        Files.createDirectories(dir.resolve("site/templates/new"));
        Files.writeString(dir.resolve("site/templates/new/runbook.game-day.md"),
                "---\ntitle: {{title}}\nowner: {{owner}}\nlast_reviewed: {{date}}\n---\nAnnounce the game day in #ops first.\n");

        assertThat(cli.run("new", "runbook", "Restore orders", "--template", "restore-from-backup", "--content", content, "--site", site))
                .as(cli.err.toString()).isZero();
        assertThat(cli.run("new", "runbook", "Commanding an incident", "--template", "incident-commander", "--content", content, "--site", site))
                .as(cli.err.toString()).isZero();
        assertThat(cli.run("new", "runbook", "Quarterly game day", "--template", "game-day", "--content", content, "--site", site))
                .as(cli.err.toString()).isZero();
        assertThat(cli.run("new", "runbook", "Other", "--template", "restore", "--content", content, "--site", site)).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err.toString()).contains("No template 'restore' for a runbook", "game-day, incident-commander, restore-from-backup");
        assertThat(cli.run("new", "adr", "Other", "--template", "restore-from-backup", "--content", content, "--site", site)).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.run("build", "--content", content, "--site", site, "--out", dir.resolve("out").toString())).as(cli.err.toString()).isZero();
        assertThat(page("restore-orders", "runbooks")).contains("Before you start", "Find the newest good backup", "Prove it at build time");
        assertThat(page("commanding-an-incident", "runbooks")).contains("Take command", "SEV1 customers cannot use the product", "Hand over after four hours");
        assertThat(page("quarterly-game-day", "runbooks")).contains("Announce the game day");
    }

    @Test
    void adrsAreNumberedAfterTheHighestAndNothingIsOverwritten() throws Exception {
        Path adrs = Files.createDirectories(dir.resolve("content/adrs"));
        Files.writeString(adrs.resolve("0007-older.md"), "---\ntitle: Older\nstatus: accepted\ndate: 2026-01-02\n---\nText.\n");
        String[] args = {"new", "adr", "Use Patroni", "--content", dir.resolve("content").toString(), "--site", dir.resolve("site").toString()};

        assertThat(cli.run(args)).as(cli.err.toString()).isZero();
        assertThat(adrs.resolve("0008-use-patroni.md")).content().contains("title: Use Patroni", "status: proposed");
        assertThat(cli.run("new", "runbook", "Postgres down", "--content", dir.resolve("content").toString(), "--site", dir.resolve("site").toString())).isZero();
        assertThat(cli.run("new", "runbook", "Postgres: down!", "--content", dir.resolve("content").toString(), "--site", dir.resolve("site").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err.toString()).contains("'postgres-down' exists already");
        assertThat(cli.run("new", "incident", "x")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err.toString()).contains("Unknown kind 'incident'").contains("runbook");
    }

    @Test
    void anAdrToolsCollectionGetsItsNextAdrInAdrToolsFormatWhichAdrListReads() throws Exception {
        Path repo = AdrToolsRepo.init(dir.resolve("platform"), "doc/architecture/decisions");
        AdrToolsRepo.adrNew(repo, "2024-05-03", "Use", "Postgres");
        assertThat(cli.run("init", repo.toString())).as(cli.err.toString()).isZero();
        String content = repo.resolve("content").toString();
        String site = repo.resolve("site").toString();

        assertThat(cli.run("new", "adr", "Use Patroni for failover", "--content", content, "--site", site)).as(cli.err.toString()).isZero();

        Path written = repo.resolve("doc/architecture/decisions/0003-use-patroni-for-failover.md");
        assertThat(written).content().startsWith("# 3. Use Patroni for failover\n\nDate: " + LocalDate.now() + "\n\n## Status\n\nAccepted\n");
        assertThat(ToolRun.run(repo, Map.of(), "adr", "list")).contains("doc/architecture/decisions/0003-use-patroni-for-failover.md");
        assertThat(cli.run("build", "--content", content, "--site", site, "--out", dir.resolve("out").toString())).as(cli.err.toString()).isZero();
        assertThat(page("0003-use-patroni-for-failover", "adrs")).contains("Use Patroni for failover").contains("Status accepted");
    }

    private String page(String id, String folder) throws IOException {
        return CliRun.page(dir.resolve("out"), id).text();
    }
}
