package dev.handbook.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.BuildResult;
import dev.handbook.ScratchHandbook;
import dev.handbook.TestSites;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.verify.SnippetIsolation;
import dev.handbook.verify.VerifyMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups taken and restores verified are two cadences: fresh backups never hide a restore nobody has done. */
class BackupCadenceTest {

    static final EntryId SPOF = new EntryId(EntryKind.SPOF, "db");

    @TempDir Path dir;
    ScratchHandbook handbook;

    @BeforeEach
    void spofWithNightlyBackupsAndAMonthlyRestore() {
        handbook = new ScratchHandbook(dir)
                .write("content/runbooks/restore.md", "---\ntitle: Restore\nowner: team\nlast_reviewed: 2026-11-01\n---\n1. Restore.\n")
                .write("content/spofs/db.yaml", "title: DB\nowner: team\ncomponent: c\nfailure_mode: f\nstatus: mitigated\nrunbook: restore\n"
                        + "cadence: {backup: 1d, restore: 1mo, drill: none, chaos: none}\n")
                .write("content/backups/db-nightly.yaml", "title: Nightly\ntool: pgbackrest\ntargets: [db]\nbackups:\n"
                        + "  - {label: 20261205-010002F, type: full, start: 2026-12-05T01:00:02Z, stop: 2026-12-05T01:20:44Z}\n"
                        + "  - {label: 20261205-010002F_20261206-010003D, type: diff, start: 2026-12-06T01:00:03Z, stop: 2026-12-06T01:02:10Z}\n")
                .write("content/drills/2026-10-27-restore.yaml", "title: Restore test\ndate: 2026-10-27\nkind: backup-restore\nscenario: s\n"
                        + "targets: [db]\noutcome: pass\n");
    }

    ExerciseStatus status(BuildResult result, ExerciseKind kind) {
        return result.freshness().orElseThrow().exercise(SPOF, kind);
    }

    @Test
    void freshBackupsAndARestoreFortyDaysOldIsAnOverdueRestore() {
        BuildResult result = handbook.check("2026-12-06");

        assertThat(status(result, ExerciseKind.BACKUP)).satisfies(s -> {
            assertThat(s.state()).isEqualTo(ExerciseState.CURRENT);
            assertThat(s.lastTime()).isEqualTo(Instant.parse("2026-12-06T01:02:10Z"));
            assertThat(s.ageDays()).isZero();
        });
        assertThat(status(result, ExerciseKind.RESTORE)).satisfies(s -> {
            assertThat(s.state()).isEqualTo(ExerciseState.OVERDUE);
            assertThat(s.ageDays()).isEqualTo(40);
            assertThat(s.lastTime()).as("a hand-written drill has a day, not a time").isNull();
        });
        assertThat(result.failingFlags()).isEmpty();
        assertThat(result.freshness().orElseThrow().flags(SPOF)).extracting(Flag::message)
                .containsExactly("Restore verified overdue by 9 days (every 1 month); the last was on 2026-10-27.");
    }

    @Test
    void aNewRestoreDroppedInMakesItCurrent() {
        handbook.write("content/drills/2026-12-06-restore.yaml", "title: Restore test\ndate: 2026-12-06\nkind: backup-restore\nscenario: s\n"
                + "targets: [db]\noutcome: pass\nfinished: 2026-12-06T10:41:00+01:00\n");

        ExerciseStatus restore = status(handbook.check("2026-12-06"), ExerciseKind.RESTORE);

        assertThat(restore.state()).isEqualTo(ExerciseState.CURRENT);
        assertThat(restore.last().name()).isEqualTo("2026-12-06-restore");
        assertThat(restore.lastTime()).isEqualTo(Instant.parse("2026-12-06T09:41:00Z"));
    }

    @Test
    void aFailedRestoreAndABackupWithoutACompletedRunCountForNothing() {
        handbook.write("content/drills/2026-12-06-restore.yaml", "title: Restore test\ndate: 2026-12-06\nkind: backup-restore\nscenario: s\n"
                + "targets: [db]\noutcome: fail\n")
                .write("content/backups/db-nightly.yaml", "title: Nightly\ntargets: [db]\nbackups:\n"
                        + "  - {label: a, state: failed, stop: 2026-12-06T01:02:10Z}\n  - {label: b, state: in-progress, start: 2026-12-06T02:00:00Z}\n");

        BuildResult result = handbook.check("2026-12-06");

        assertThat(status(result, ExerciseKind.RESTORE).last().name()).isEqualTo("2026-10-27-restore");
        assertThat(status(result, ExerciseKind.BACKUP).state()).isEqualTo(ExerciseState.NEVER_EXERCISED);
    }

    @Test
    void evidenceDatedAfterTheAsOfDayDoesNotCountYet() {
        assertThat(status(handbook.check("2026-12-05"), ExerciseKind.BACKUP).lastTime()).isEqualTo(Instant.parse("2026-12-05T01:20:44Z"));
    }

    @Test
    void aPassingSnippetThatProvesARestoreIsRestoreEvidenceAtTheTimeItFinishedAndTheCacheKeepsIt() {
        assumeTrue(SnippetIsolation.detect(System.getenv()).available(), "snippets need a PID namespace here");
        handbook.write("content/spofs/db.yaml", "title: DB\nowner: team\ncomponent: c\nfailure_mode: f\nstatus: mitigated\nrunbook: restore\n"
                + "cadence: {backup: 1d, restore: 1mo, drill: none, chaos: none}\nverify:\n  - name: Restore the newest backup into a scratch folder\n"
                + "    proves: restore\n    run: sleep 1; echo restored\n    expect_output: restored\n");
        Instant before = Instant.now();

        BuildResult fresh = verified(VerifyMode.FRESH);
        ExerciseStatus restore = status(fresh, ExerciseKind.RESTORE);

        assertThat(restore.state()).isEqualTo(ExerciseState.CURRENT);
        assertThat(restore.last()).isEqualTo(SPOF);
        assertThat(restore.lastTime()).as("when it finished, after its one-second run").isAfterOrEqualTo(before.plusSeconds(1)).isBeforeOrEqualTo(Instant.now());
        assertThat(status(verified(VerifyMode.CACHED), ExerciseKind.RESTORE).lastTime()).as("from the cache").isEqualTo(restore.lastTime());
        assertThat(status(handbook.check(LocalDate.now(java.time.ZoneOffset.UTC).toString()), ExerciseKind.RESTORE).last())
                .as("without --verify no snippet runs, so only the drill counts").isEqualTo(new EntryId(EntryKind.DRILL, "2026-10-27-restore"));
    }

    @Test
    void aDrillsSnippetProvesARestoreForItsTargetsAndAFailingOneProvesNothing() {
        assumeTrue(SnippetIsolation.detect(System.getenv()).available(), "snippets need a PID namespace here");
        handbook.write("content/drills/2026-10-27-restore.yaml", "title: Restore test\ndate: 2026-10-27\nkind: backup-restore\nscenario: s\n"
                + "targets: [db]\noutcome: fail\nverify:\n  - {name: restore works, proves: restore, run: 'true'}\n"
                + "  - {name: restore is fast, proves: restore, run: 'exit 3'}\n");

        ExerciseStatus restore = status(verified(VerifyMode.FRESH), ExerciseKind.RESTORE);

        assertThat(restore.last()).isEqualTo(new EntryId(EntryKind.DRILL, "2026-10-27-restore"));
        assertThat(restore.lastTime()).as("the passing snippet's time, not the failed drill's day").isNotNull();
    }

    @Test
    void proveTakesOnlyRestore() {
        handbook.write("content/spofs/db.yaml", "title: DB\nowner: team\ncomponent: c\nfailure_mode: f\nstatus: mitigated\nrunbook: restore\n"
                + "verify:\n  - {run: 'true', proves: backup}\n");

        assertThat(handbook.check("2026-12-06").diagnostics()).filteredOn(d -> d.code().equals("verify.option")).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("'backup' is not something a snippet can prove."));
    }

    @Test
    void aServicesBackupCadenceAsksForTheServicesBackupsNotForEachOfItsSpofs() {
        handbook.write("content/services/store.yaml", "title: Store\nowner: team\ntier: '0'\ncadence: {backup: 1d, restore: 1mo}\n")
                .write("content/spofs/cache.yaml", "title: Cache\nowner: team\ncomponent: c\nfailure_mode: f\nstatus: mitigated\nrunbook: restore\n"
                        + "service: store\ndr_strategy: hot-standby\n");

        FreshnessReport report = handbook.check("2026-12-06").freshness().orElseThrow();

        assertThat(report.exercise(new EntryId(EntryKind.SPOF, "cache"), ExerciseKind.BACKUP).state()).isEqualTo(ExerciseState.NOT_REQUIRED);
        assertThat(report.exercise(new EntryId(EntryKind.SERVICE, "store"), ExerciseKind.RESTORE).state()).isEqualTo(ExerciseState.NEVER_EXERCISED);
    }

    private BuildResult verified(VerifyMode mode) {
        return TestSites.HANDBOOK.check(TestSites.options(dir, dir.resolve("out")).withAsOf(LocalDate.now(java.time.ZoneOffset.UTC)).withVerify(mode));
    }
}
