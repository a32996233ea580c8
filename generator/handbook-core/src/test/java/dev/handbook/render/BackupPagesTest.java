package dev.handbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildResult;
import dev.handbook.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example handbook as of 2026-12-06: backup-store's pgBackRest backups are fresh but its last restore test is from
 * 3 November, beyond its monthly cadence; platform-k8s has nightly Velero backups and a completed restore. Every
 * page that shows a SPOF's state says both.
 */
class BackupPagesTest {

    @TempDir static Path out;

    @BeforeAll
    static void build() {
        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(TestSites.EXAMPLE, out).withAsOf(LocalDate.parse("2026-12-06")));
        assertThat(result.failed()).as(result.diagnostics().toString()).isFalse();
    }

    static String page(String path) throws IOException {
        return Files.readString(out.resolve(path)).replaceAll("\\s+", " ");
    }

    @Test
    void theSpofPageShowsBackupTakenAndRestoreVerifiedWithTimeAgeStateAndEvidence() throws IOException {
        String spof = page("spofs/backup-store.html");

        assertThat(spof).contains("<dt>Backup taken</dt><dd><a href=\"../backups/basecamp.html\">pgBackRest stanza basecamp</a>")
                .contains("2026-12-06 09:41 UTC</span> · today</span><br><span class=\"badge good\">current</span>")
                .contains("<dt>Restore verified</dt><dd><a href=\"../drills/2026-11-03-pgbackrest-restore-test.html\">")
                .contains("2026-11-03</span> · 33 days</span><br><span class=\"badge bad\">overdue</span>")
                .contains("<strong>Unverified.</strong>")
                .contains("Restore verified overdue by 3 days (every 1 month)");
    }

    @Test
    void theSpofIndexAndMatrixHaveBothColumnsAndShowTheStaleRestore() throws IOException {
        String index = page("spofs/index.html");
        assertThat(index).contains("<th scope=\"col\">Backup taken</th><th scope=\"col\">Restore verified</th>")
                .contains("<span class=\"badge good\">2026-12-06 · current</span></td><td><span class=\"badge bad\">2026-11-03 · overdue</span>");

        String matrix = page("spof-matrix.html");
        assertThat(matrix).contains("<th scope=\"col\">Backup taken</th><th scope=\"col\">Restore verified</th>")
                .contains("<td class=\"state-bad\"><a href=\"drills/2026-11-03-pgbackrest-restore-test.html\">");
    }

    @Test
    void theHomePageListsEveryTargetThatMustHaveBackups() throws IOException {
        String home = page("index.html");

        assertThat(home).contains("<h3>Backups taken and restores verified</h3>")
                .contains("<a href=\"services/platform-k8s.html\">platform-k8s</a></td><td><a href=\"backups/basecamp-daily-20261205020000.html\">")
                .contains("2026-12-05 02:05 UTC</span> · 1 day")
                .contains("<a href=\"drills/basecamp-restore-test-20261122.html\">");
    }

    @Test
    void aBackupPageTablesItsBackupsAndLinksTheToolsOwnFile() throws IOException {
        String backup = page("backups/basecamp.html");

        assertThat(backup).contains("<code>7289460283749118733</code>")
                .contains("<code>20261129-063006F_20261201-063004D</code></td><td>diff</td> <td><span class=\"badge bad\">failed</span>")
                .contains("href=\"../files/content/evidence/backups/pgbackrest-info.json\"");
        assertThat(out.resolve("files/content/evidence/backups/pgbackrest-info.json")).hasSameTextualContentAs(
                TestSites.EXAMPLE.resolve("content/evidence/backups/pgbackrest-info.json"));
        assertThat(page("backups/basecamp-daily-20261206020000.html")).contains("<span class=\"badge warn\">in progress</span>");
    }

    @Test
    void aPartiallyFailedRestoreShowsAsSuchAndLinksTheBackupItCameFrom() throws IOException {
        String drill = page("drills/basecamp-restore-test-20261121.html");

        assertThat(drill).contains("<span class=\"badge bad\">fail</span>")
                .contains("Velero reports PartiallyFailed (3 errors, 14 warnings)")
                .contains("<dt>Restored from</dt><dd><a href=\"../backups/basecamp-daily-20261121020000.html\">");
    }
}
