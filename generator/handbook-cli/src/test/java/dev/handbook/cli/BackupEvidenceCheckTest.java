package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code handbook check --fail-on overdue} on a copy of the example as of 2026-12-06: the pgBackRest info shows
 * backups of backup-store taken that morning, but its last restore test is from 3 November, beyond its monthly
 * cadence. Dropping in a newer restore makes the check pass.
 */
class BackupEvidenceCheckTest {

    @TempDir Path dir;

    record Run(int exit, String out) {}

    Run check(Path root, String... more) {
        StringWriter out = new StringWriter();
        CommandLine cli = HandbookCommand.create();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        List<String> args = new ArrayList<>(List.of("check", "--content", root.resolve("content").toString(), "--site",
                root.resolve("site").toString(), "--as-of", "2026-12-06", "--fail-on", "overdue"));
        args.addAll(List.of(more));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    @Test
    void freshBackupsWithAStaleRestoreFailUntilANewerRestoreIsDroppedIn() throws Exception {
        Path root = CliFixture.copy(CliFixture.EXAMPLE, dir);

        Run stale = check(root);
        assertThat(stale.exit()).as(stale.out()).isEqualTo(ExitCodes.POLICY);
        assertThat(stale.out()).contains("Restore verified overdue by 3 days (every 1 month); the last was on 2026-11-03.")
                .contains("spofs/backup-store.yaml").contains("[fails: --fail-on overdue]")
                .doesNotContain("Backup taken overdue");

        JsonNode report = new ObjectMapper().readTree(check(root, "--format=json").out());
        List<String> backupStore = new ArrayList<>();
        report.get("exercises").forEach(e -> {
            if (e.get("id").asText().equals("backup-store") && e.get("exercise").asText().matches("backup|restore")) {
                backupStore.add(e.get("exercise").asText() + " " + e.get("state").asText() + " " + e.get("last").asText() + " "
                        + e.get("lastTime").asText());
            }
        });
        assertThat(backupStore).containsExactly("backup current basecamp 2026-12-06T09:41:17Z",
                "restore overdue 2026-11-03-pgbackrest-restore-test null");

        Files.writeString(root.resolve("content/drills/2026-12-05-pgbackrest-restore-test.yaml"), """
                title: "Restore test: repeat with process-max=16"
                owner: team-data
                date: 2026-12-05
                kind: backup-restore
                scenario: Restore the basecamp stanza from repo1 onto pg-restore with the new settings.
                targets: [backup-store]
                outcome: pass
                finished: 2026-12-05T12:48:00Z
                rto_target: 4h
                rto_measured: 3h12m
                """);

        Run fixed = check(root);
        assertThat(fixed.exit()).as(fixed.out()).isEqualTo(ExitCodes.OK);
        assertThat(fixed.out()).doesNotContain("Restore verified overdue");
    }
}
