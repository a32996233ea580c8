package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.handbook.BuildResult;
import dev.handbook.Snapshot;
import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseState;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.model.Backup;
import dev.handbook.model.BackupRun;
import dev.handbook.model.BackupState;
import dev.handbook.model.Drill;
import dev.handbook.model.DrillKind;
import dev.handbook.model.DrillOutcome;
import dev.handbook.model.EntryKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Velero Backup and Restore objects through the whole pipeline: backups taken, restores verified or not. */
class VeleroReaderTest {

    static final String SOURCES = "  - {path: evidence/backups, kind: backup, map: {shop-nightly: [shop-db]}}\n"
            + "  - {path: evidence/restores, kind: drill, format: velero, map: {shop-nightly: [shop-db]}}\n";

    @TempDir Path dir;

    EvidenceFixture fixture() {
        return new EvidenceFixture(dir, SOURCES).spof("shop-db", "cadence: {backup: 1d, restore: 7d}\n")
                .copy("velero-backups-list.yaml", "evidence/backups/nightly.yaml")
                .copy("velero-restores.yaml", "evidence/restores/restores.yaml");
    }

    @Test
    void eachBackupOfAListIsARecordWithItsPhaseTimesAndCounts() {
        Snapshot snapshot = fixture().snapshot("2026-12-06");
        assertThat(snapshot.diagnostics()).isEmpty();

        Backup completed = EvidenceFixture.record(snapshot, EntryKind.BACKUP, "shop-nightly-20261204030000", Backup.class);
        assertThat(completed.tool()).isEqualTo("velero");
        assertThat(completed.namespaces()).containsExactly("shop");
        assertThat(completed.targets()).extracting(r -> r.target()).as("mapped by its schedule").containsExactly("shop-db");
        assertThat(completed.time()).contains(Instant.parse("2026-12-04T03:06:41Z"));
        assertThat(completed.runs()).extracting(BackupRun::repo, BackupRun::errors, BackupRun::warnings).containsExactly(tuple("default", "0", "0"));

        Backup partial = EvidenceFixture.record(snapshot, EntryKind.BACKUP, "shop-nightly-20261205030000", Backup.class);
        assertThat(partial.runs()).extracting(BackupRun::state, BackupRun::errors).containsExactly(tuple(BackupState.PARTIALLY_FAILED, "4"));
        assertThat(partial.runs().get(0).stop()).as("an offset time, read as UTC").isEqualTo(Instant.parse("2026-12-05T03:07:12Z"));
        assertThat(partial.time()).as("a partially failed backup is not taken").isEmpty();

        Backup running = EvidenceFixture.record(snapshot, EntryKind.BACKUP, "shop-nightly-20261206030000", Backup.class);
        assertThat(running.runs()).extracting(BackupRun::state).containsExactly(BackupState.IN_PROGRESS);
        assertThat(running.time()).isEmpty();
    }

    @Test
    void aFinishedRestoreIsABackupRestoreDrillThatPassesOnlyWhenCompleted() {
        Snapshot snapshot = fixture().snapshot("2026-12-06");

        Drill partial = EvidenceFixture.record(snapshot, EntryKind.DRILL, "shop-restore-20261205", Drill.class);
        assertThat(partial.drillKind()).isEqualTo(DrillKind.BACKUP_RESTORE);
        assertThat(partial.outcome()).isEqualTo(DrillOutcome.FAIL);
        assertThat(partial.fromBackup()).isEqualTo("shop-nightly-20261204030000");
        assertThat(partial.findings()).singleElement().extracting(m -> m.source()).asString()
                .contains("PartiallyFailed (2 errors, 7 warnings").contains("does not verify the backup");
        assertThat(partial.rtoMeasured()).isEqualTo(Duration.ofMinutes(17).plusSeconds(30));

        Drill completed = EvidenceFixture.record(snapshot, EntryKind.DRILL, "shop-restore-20261206", Drill.class);
        assertThat(completed.outcome()).isEqualTo(DrillOutcome.PASS);
        assertThat(completed.finished()).isEqualTo(Instant.parse("2026-12-06T11:40:15Z"));
        assertThat(completed.targets()).extracting(r -> r.target()).as("its own label").containsExactly("shop-db");
        assertThat(snapshot.catalog().find("shop-restore-20261206b")).as("still in progress: no drill yet").isEmpty();
    }

    @Test
    void backupsTakenAndRestoresVerifiedComeFromTheNewestCompletedObjects() {
        BuildResult result = fixture().check("2026-12-06");

        ExerciseStatus taken = EvidenceFixture.exercise(result, "shop-db", ExerciseKind.BACKUP);
        assertThat(taken.last().name()).as("the 5 and 6 December backups did not complete").isEqualTo("shop-nightly-20261204030000");
        assertThat(taken.state()).isEqualTo(ExerciseState.OVERDUE);
        ExerciseStatus verified = EvidenceFixture.exercise(result, "shop-db", ExerciseKind.RESTORE);
        assertThat(verified.last().name()).isEqualTo("shop-restore-20261206");
        assertThat(verified.lastTime()).isEqualTo(Instant.parse("2026-12-06T11:40:15Z"));
        assertThat(verified.state()).isEqualTo(ExerciseState.CURRENT);
    }

    @Test
    void aBackupInADrillSourceIsSkippedWithTheReason() {
        Snapshot snapshot = fixture().copy("velero-backups-list.yaml", "evidence/restores/backups.yaml").snapshot("2026-12-06");

        assertThat(snapshot.diagnostics()).isEmpty();
        assertThat(snapshot.skipped()).containsEntry("Velero Backups in a drill source (list them in a backup source)",
                List.of("evidence/restores/backups.yaml"));
    }

    @Test
    void anObjectOfAnUnknownKindIsAnErrorAtItsKind() {
        EvidenceFixture fixture = fixture().write("evidence/backups/odd.yaml",
                "apiVersion: velero.io/v1\nkind: Backup\nmetadata:\n  name: fine-20261201\nstatus:\n  phase: Completed\n---\n"
                        + "apiVersion: v1\nkind: Pod\nmetadata:\n  name: velero-7d9f\n  namespace: velero\n");

        BuildResult result = fixture.check("2026-12-06");

        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("evidence.kind")).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith("evidence/backups/odd.yaml:9:7: error: A Pod (v1) is not Velero evidence."));
        assertThat(result.count(dev.handbook.diagnostics.Severity.ERROR)).as("the other files are still read").isEqualTo(1);
    }

    @Test
    void aRestoreWithATimeWithoutADateIsAnErrorAtTheTime() {
        EvidenceFixture fixture = fixture().write("evidence/restores/restores.yaml",
                EvidenceFixture.text("velero-restores.yaml").replace("completionTimestamp: \"2026-12-06T11:40:15Z\"", "completionTimestamp: \"11:40:15\""));

        BuildResult result = fixture.check("2026-12-06");

        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("evidence.time")).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith("evidence/restores/restores.yaml:35:24: error: `completionTimestamp` is '11:40:15'"));
    }

    @Test
    void anUnscheduledBackupIsMappedByItsNamespaceAsJson() {
        Snapshot snapshot = new EvidenceFixture(dir, "  - {path: evidence/backups, kind: backup, map: {payments: [shop-db]}}\n")
                .spof("shop-db", "").write("evidence/backups/manual.json", """
                        {"apiVersion": "velero.io/v1", "kind": "Backup",
                         "metadata": {"name": "before-upgrade-1-31", "namespace": "velero"},
                         "spec": {"includedNamespaces": ["payments"], "storageLocation": "aws-euw1"},
                         "status": {"phase": "Completed", "startTimestamp": "2026-12-03T14:00:01Z", "completionTimestamp": "2026-12-03T14:03:09Z"}}
                        """).snapshot("2026-12-06");

        assertThat(snapshot.diagnostics()).isEmpty();
        Backup manual = EvidenceFixture.record(snapshot, EntryKind.BACKUP, "before-upgrade-1-31", Backup.class);
        assertThat(manual.targets()).extracting(r -> r.target()).containsExactly("shop-db");
        assertThat(manual.runs()).extracting(BackupRun::repo).containsExactly("aws-euw1");
    }

    @Test
    void aFileOfAnotherKubernetesKindIsOneErrorNotAnErrorPerField() {
        EvidenceFixture fixture = fixture().write("evidence/backups/cronjob.yaml",
                "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: pg-dump\nspec:\n  schedule: \"0 1 * * *\"\n");

        assertThat(fixture.check("2026-12-06").diagnostics()).filteredOn(d -> d.where().path().equals("evidence/backups/cronjob.yaml"))
                .extracting(d -> d.format()).singleElement().asString()
                .startsWith("evidence/backups/cronjob.yaml:2:7: error: A CronJob (batch/v1) is not Velero evidence.");
    }
}
