package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.testing.ToolRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook new adr --supersedes / --amends / --links}: the new ADR and the ADRs it names are written in their
 * own form, an adr-tools collection exactly as adr-tools' own {@code adr new -s / -l} writes it, and a request that
 * cannot be carried out writes nothing.
 */
class NewAdrLinksTest {

    @TempDir Path dir;
    final CliRun cli = new CliRun();

    @Test
    void inAnAdrToolsCollectionBothAdrsAreWrittenAsAdrNewWritesThem() throws Exception {
        Path ours = adrToolsCollection("ours");
        Path theirs = adrToolsCollection("theirs");
        Map<String, String> today = Map.of("ADR_DATE", LocalDate.now().toString());
        assertThat(cli.run("init", ours.toString())).as(cli.err.toString()).isZero();

        assertThat(newAdr(ours, "Use Patroni for failover", "--supersedes", "2")).as(cli.err.toString()).isZero();
        ToolRun.run(theirs, today, "adr", "new", "-s", "2", "Use", "Patroni", "for", "failover");

        assertThat(cli.out.toString()).contains("updated " + FileChanges.shown(decisions(ours).resolve("0002-use-postgres.md"))
                + ": status accepted → superseded, superseded by 0003-use-patroni-for-failover");
        assertSameAdrs(ours, theirs);
        assertThat(decisions(ours).resolve("0002-use-postgres.md")).content()
                .contains("## Status\n\nSuperseded by [3. Use Patroni for failover](0003-use-patroni-for-failover.md)\n\n## Context");

        assertThat(newAdr(ours, "Cache sessions in Redis", "--amends", "3", "--links", "Depends on:1:Is depended on by")).as(cli.err.toString()).isZero();
        ToolRun.run(theirs, today, "adr", "new", "-l", "3:Amends:Amended by", "-l", "1:Depends on:Is depended on by", "Cache", "sessions", "in", "Redis");
        assertSameAdrs(ours, theirs);
        assertThat(ToolRun.run(ours, Map.of(), "adr", "list")).contains("0001-", "0002-use-postgres.md", "0003-use-patroni-for-failover.md",
                "0004-cache-sessions-in-redis.md");

        Path site = dir.resolve("out");
        assertThat(cli.run("build", "--content", ours.resolve("content").toString(), "--site", ours.resolve("site").toString(),
                "--out", site.toString())).as(cli.err.toString()).isZero();
        Document superseded = CliRun.page(site, "0002-use-postgres");
        assertThat(superseded.select(".callout.superseded").text()).contains("Superseded", "Use Patroni for failover");
        assertThat(superseded.select(".callout.superseded a").attr("href")).contains("0003-use-patroni-for-failover");
        assertThat(CliRun.page(site, "0003-use-patroni-for-failover").text()).contains("Status accepted", "Amended by", "Cache sessions in Redis");
    }

    @Test
    void nativeFrontMatterGetsTheFieldsAndKeepsEveryOtherByte() throws Exception {
        Path adrs = Files.createDirectories(dir.resolve("content/adrs"));
        String postgres = """
                ---
                # Chosen at the 2025 platform review; see the minutes.
                title: "Use Postgres for the ledger"
                status: accepted   # until one primary is not enough
                date: 2025-03-04
                deciders: [team-platform, 'team-payments']
                ---
                ## Context

                The ledger needs transactions.
                """;
        String vault = """
                ---
                title: Keep database passwords in Vault
                status: accepted
                date: 2025-04-01
                relations:
                  - verb: Relates to   # the credentials it rotates
                    target: 0001-use-postgres-for-the-ledger
                tags:
                  - vault
                ---
                Vault's database engine issues the passwords.
                """;
        Files.writeString(adrs.resolve("0001-use-postgres-for-the-ledger.md"), postgres);
        Files.writeString(adrs.resolve("0002-keep-database-passwords-in-vault.md"), vault);

        assertThat(newAdr(dir, "Use Patroni for failover", "--supersedes", "1", "--links", "Depends on:2:Is depended on by"))
                .as(cli.err.toString()).isZero();

        assertThat(adrs.resolve("0001-use-postgres-for-the-ledger.md")).content().isEqualTo(postgres
                .replace("status: accepted ", "status: superseded ")
                .replace("---\n## Context", "superseded_by: [0003-use-patroni-for-failover]\n---\n## Context"));
        assertThat(adrs.resolve("0002-keep-database-passwords-in-vault.md")).content().isEqualTo(vault.replace(
                "    target: 0001-use-postgres-for-the-ledger\n",
                "    target: 0001-use-postgres-for-the-ledger\n  - {verb: Is depended on by, target: 0003-use-patroni-for-failover}\n"));
        assertThat(adrs.resolve("0003-use-patroni-for-failover.md")).content().startsWith("---\ntitle: Use Patroni for failover\n")
                .contains("\nsupersedes: [0001-use-postgres-for-the-ledger]\nrelations: [{verb: Depends on, target: 0002-keep-database-passwords-in-vault}]\n---\n");
        assertThat(cli.out.toString()).contains(
                "0001-use-postgres-for-the-ledger.md: status accepted → superseded, superseded by 0003-use-patroni-for-failover",
                "0002-keep-database-passwords-in-vault.md: added 'Is depended on by 0003-use-patroni-for-failover'");

        assertThat(newAdr(dir, "Pool connections with PgBouncer", "--amends", "0003-use-patroni-for-failover")).as(cli.err.toString()).isZero();
        assertThat(adrs.resolve("0003-use-patroni-for-failover.md")).content()
                .contains("relations: [{verb: Depends on, target: 0002-keep-database-passwords-in-vault}, {verb: Amended by, target: 0004-pool-connections-with-pgbouncer}]");

        Path site = dir.resolve("out");
        assertThat(cli.run("build", "--content", dir.resolve("content").toString(), "--site", dir.resolve("site").toString(), "--out", site.toString()))
                .as(cli.err.toString()).isZero();
        assertThat(CliRun.page(site, "0001-use-postgres-for-the-ledger").select(".callout.superseded a").attr("href"))
                .contains("0003-use-patroni-for-failover");
        assertThat(CliRun.page(site, "0003-use-patroni-for-failover").text()).contains("Supersedes Use Postgres for the ledger",
                "Depends on Keep database passwords in Vault", "Amended by Pool connections with PgBouncer");
        assertThat(CliRun.page(site, "0002-keep-database-passwords-in-vault").text()).contains("Is depended on by Use Patroni for failover");
    }

    @Test
    void madrFrontMatterSaysItInTheStatusAsMadrDoes() throws Exception {
        Path decisions = Files.createDirectories(dir.resolve("docs/decisions"));
        String redis = """
                ---
                status: accepted
                date: 2025-01-10
                decision-makers: [team-platform]
                ---
                # Keep sessions in Redis

                ## Context and Problem Statement

                Sessions must survive a pod restart.
                """;
        Files.writeString(decisions.resolve("0001-keep-sessions-in-redis.md"), redis);
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/handbook.yaml"), "sources:\n  - {path: docs/decisions, kind: adr, format: auto}\n");

        assertThat(newAdr(dir, "Keep sessions in Postgres", "--supersedes", "1")).as(cli.err.toString()).isZero();

        assertThat(decisions.resolve("0001-keep-sessions-in-redis.md")).content().isEqualTo(redis.replace("status: accepted",
                "status: 'superseded by [2. Keep sessions in Postgres](0002-keep-sessions-in-postgres.md)'"));
        Path site = dir.resolve("out");
        assertThat(cli.run("build", "--content", dir.resolve("content").toString(), "--site", dir.resolve("site").toString(), "--out", site.toString()))
                .as(cli.err.toString()).isZero();
        assertThat(CliRun.page(site, "0001-keep-sessions-in-redis").select(".callout.superseded a").attr("href"))
                .contains("0002-keep-sessions-in-postgres");
    }

    @Test
    void aLog4brainsAdrIsSupersededAsLog4brainsDoesItAndLog4brainsListsItSo() throws Exception {
        ToolRun.assumeInstalled(ToolRun.onPath("log4brains") && ToolRun.onPath("git"), "log4brains is not installed (npm install -g log4brains@1.1.0)");
        Map<String, String> git = Map.of("GIT_AUTHOR_NAME", "t", "GIT_AUTHOR_EMAIL", "t@example.invalid",
                "GIT_COMMITTER_NAME", "t", "GIT_COMMITTER_EMAIL", "t@example.invalid");
        ToolRun.run(dir, git, "git", "init", "-q", ".");
        ToolRun.run(dir, git, "git", "commit", "-q", "--allow-empty", "-m", "start"); // log4brains dates ADRs from git
        ToolRun.run(dir, git, "log4brains", "init", "--defaults");
        String postgres = ToolRun.run(dir, git, "log4brains", "adr", "new", "--quiet", "Use Postgres").strip();
        assertThat(cli.run("init", dir.toString())).as(cli.err.toString()).isZero();

        assertThat(newAdr(dir, "Use MySQL", "--supersedes", postgres, "--links", "Relates to:" + postgres + ":Related to")).as(cli.err.toString()).isZero();

        Path file = dir.resolve("docs/adr/" + postgres + ".md");
        assertThat(file).content().contains("\n- Status: superseded by [0001-use-mysql](0001-use-mysql.md)\n")
                .endsWith("\n- … <!-- numbers of links can vary -->\n- Related to [0001-use-mysql](0001-use-mysql.md)\n");
        assertThat(ToolRun.run(dir, git, "log4brains", "adr", "list", "--raw")).contains(postgres + ",SUPERSEDED,");
        Path site = dir.resolve("out");
        assertThat(cli.run("build", "--content", dir.resolve("content").toString(), "--site", dir.resolve("site").toString(), "--out", site.toString()))
                .as(cli.err.toString()).isZero();
        assertThat(CliRun.page(site, postgres).select(".callout.superseded a").attr("href")).contains("0001-use-mysql");
    }

    @Test
    void aRequestThatCannotBeCarriedOutWritesNothing() throws Exception {
        Path adrs = Files.createDirectories(dir.resolve("content/adrs"));
        Files.writeString(adrs.resolve("0001-use-postgres.md"), "---\ntitle: Use Postgres\nstatus: accepted\ndate: 2025-03-04\n---\nText.\n");
        Files.writeString(adrs.resolve("0002-use-patroni.md"),
                "---\ntitle: Use Patroni\nstatus: accepted\ndate: 2025-03-05\nsupersedes: [0001-use-postgres]\n---\nText.\n");
        Files.writeString(adrs.resolve("0003-run-redis.md"), "---\n{title: Run Redis, status: accepted, date: 2025-03-06}\n---\nText.\n");
        Files.writeString(adrs.resolve("0004-run-vault.md"), "---\ntitle: Run Vault\nstatus: accepted\ndate: 2025-03-07\nrelations: {}\n---\nText.\n");
        Files.createDirectories(dir.resolve("content/runbooks"));
        Files.writeString(dir.resolve("content/runbooks/postgres-down.md"), "---\ntitle: Postgres down\nowner: team-platform\n---\n1. Page.\n");
        Map<String, String> before = ToolRun.checksums(dir);

        assertRefused(before, "No ADR is numbered or named '7'. The ADRs are: 0001-use-postgres, 0002-use-patroni, 0003-run-redis.",
                "--supersedes", "2", "--supersedes", "7");
        assertRefused(before, "ADR 0001-use-postgres (", "--supersedes", "1");
        assertRefused(before, "'postgres-down' is a runbook, not an ADR", "--amends", "postgres-down");
        assertRefused(before, "Cannot edit ", "--links", "Relates to:3:Related to");
        assertThat(cli.err.toString()).contains("0003-run-redis.md safely: its front matter is not `key: value` lines. Nothing was written");
        assertRefused(before, "0004-run-vault.md safely: it does not read as an ADR", "--amends", "4");
        assertRefused(before, "--links 'Relates to' is not VERB:ADR", "--links", "Relates to");
        assertRefused(before, "Write --supersedes 2 instead", "--links", "Supersedes:2");
        assertThat(cli.run("new", "runbook", "Failover", "--supersedes", "1", "--content", dir.resolve("content").toString(),
                "--site", dir.resolve("site").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err.toString()).contains("--supersedes, --amends and --links link ADRs; a runbook has none of them.");
        assertThat(ToolRun.checksums(dir)).isEqualTo(before);
    }

    @Test
    void anAdrToolsAdrWithoutAStatusSectionIsNotEdited() throws Exception {
        Path decisions = Files.createDirectories(dir.resolve("doc/adr"));
        Files.writeString(decisions.resolve("0001-use-postgres.md"), "# 1. Use Postgres\n\nDate: 2024-05-03\n\n## Status\n\nAccepted\n");
        Files.writeString(decisions.resolve("0002-use-redis.md"), "# 2. Use Redis\n\nDate: 2024-05-04\n\nWe use Redis.\n");
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/handbook.yaml"), "sources:\n  - {path: doc/adr, kind: adr, format: adr-tools}\n");
        Map<String, String> before = ToolRun.checksums(dir);

        assertRefused(before, "Cannot edit", "--supersedes", "2");
        assertThat(cli.err.toString()).contains("0002-use-redis.md safely").contains("Status");
    }

    private void assertRefused(Map<String, String> before, String message, String... options) throws Exception {
        assertThat(newAdr(dir, "Use CockroachDB", options)).as(cli.out.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err.toString()).contains(message);
        assertThat(ToolRun.checksums(dir)).as("files after %s", String.join(" ", options)).isEqualTo(before);
    }

    @Test
    void theHelpShowsTheLinkOptionsAndTheirSyntax() {
        assertThat(cli.run("new", "--help")).isZero();
        assertThat(cli.out.toString().replaceAll("\\s+", " ")).contains("--supersedes=ADR", "--amends=ADR", "--links=VERB:ADR[:REVERSE]",
                "\"Relates to:4\" or \"Depends on:4: Is depended on by\"", "if one cannot be made, nothing is written");
    }

    private int newAdr(Path handbook, String title, String... options) {
        String[] args = new String[options.length + 7];
        System.arraycopy(new String[] {"new", "adr", title, "--content", handbook.resolve("content").toString(), "--site",
                handbook.resolve("site").toString()}, 0, args, 0, 7);
        System.arraycopy(options, 0, args, 7, options.length);
        return cli.run(args);
    }

    /** A repository whose decisions {@code adr init} and {@code adr new "Use Postgres"} wrote. */
    private Path adrToolsCollection(String name) throws Exception {
        Path repo = AdrToolsRepo.init(dir.resolve(name), "doc/architecture/decisions");
        AdrToolsRepo.adrNew(repo, "2024-05-03", "Use", "Postgres");
        return repo;
    }

    private static Path decisions(Path repo) {
        return repo.resolve("doc/architecture/decisions");
    }

    private static void assertSameAdrs(Path ours, Path theirs) throws Exception {
        try (var files = Files.list(decisions(theirs))) {
            for (Path adr : files.toList()) {
                assertThat(decisions(ours).resolve(adr.getFileName())).as(adr.getFileName().toString()).content().isEqualTo(Files.readString(adr));
            }
        }
        assertThat(ToolRun.checksums(decisions(ours)).keySet()).isEqualTo(ToolRun.checksums(decisions(theirs)).keySet());
    }
}
