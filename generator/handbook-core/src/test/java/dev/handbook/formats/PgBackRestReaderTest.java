package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildResult;
import dev.handbook.Snapshot;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseState;
import dev.handbook.model.Backup;
import dev.handbook.model.BackupRun;
import dev.handbook.model.BackupState;
import dev.handbook.model.EntryKind;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pgbackrest info --output=json} through the whole pipeline: records per stanza, exact ids, backups taken. */
class PgBackRestReaderTest {

    static final String SOURCE = "  - {path: evidence/pg, kind: backup, map: {orders: [orders-db]}}\n";

    @TempDir Path dir;

    EvidenceFixture fixture() {
        return new EvidenceFixture(dir, SOURCE).spof("orders-db", "cadence: {backup: 1d, restore: 7d}\n")
                .copy("pgbackrest-two-stanzas.json", "evidence/pg/info.json");
    }

    @Test
    void eachStanzaIsABackupRecordWithItsBackupsStatusAndExactSystemId() {
        Snapshot snapshot = fixture().snapshot("2026-12-01");
        Backup orders = EvidenceFixture.record(snapshot, EntryKind.BACKUP, "orders", Backup.class);

        assertThat(orders.tool()).isEqualTo("pgbackrest");
        assertThat(orders.systemId()).as("above 2^53, kept digit for digit").isEqualTo("7291739220195836734");
        assertThat(orders.statusCode()).isEqualTo("0");
        assertThat(orders.namespaces()).containsExactly("orders", "postgres");
        assertThat(orders.targets()).extracting(r -> r.target()).containsExactly("orders-db");
        assertThat(orders.runs()).extracting(BackupRun::label, BackupRun::type, BackupRun::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("20261129-010002F", "full", BackupState.COMPLETED),
                org.assertj.core.groups.Tuple.tuple("20261129-010002F_20261130-010003I", "incr", BackupState.COMPLETED),
                org.assertj.core.groups.Tuple.tuple("20261129-010002F_20261201-010004D", "diff", BackupState.FAILED));
        BackupRun full = orders.runs().get(0);
        assertThat(full.start()).isEqualTo(Instant.parse("2026-11-29T01:00:02Z"));
        assertThat(full.size()).isEqualTo("48210433");
        assertThat(full.repoSize()).isEqualTo("6120834");
        assertThat(full.repo()).isEqualTo("repo1");
        assertThat(full.archiveStart()).isEqualTo("000000010000000900000002");
        assertThat(orders.time()).as("the error-flagged diff of 1 December does not count").contains(Instant.parse("2026-11-30T01:00:19Z"));

        Backup billing = EvidenceFixture.record(snapshot, EntryKind.BACKUP, "billing", Backup.class);
        assertThat(billing.statusCode()).isEqualTo("2");
        assertThat(billing.status()).isEqualTo("no valid backups");
        assertThat(billing.runs()).isEmpty();
        assertThat(billing.time()).isEmpty();
    }

    @Test
    void aStanzaThatNamesNoTargetIsAWarningAtTheStanza() {
        BuildResult result = fixture().check("2026-12-01");

        assertThat(result.diagnostics()).extracting(Diagnostic::format).as("the only problem").singleElement().asString()
                .startsWith("evidence/pg/info.json:21:3: warning: pgBackRest stanza 'billing' names no SPOF or service")
                .endsWith("[evidence.untargeted]");
    }

    @Test
    void theNewestBackupWithoutTheErrorFlagIsWhenTheBackupWasTaken() {
        EvidenceFixture fixture = fixture();

        var taken = EvidenceFixture.exercise(fixture.check("2026-12-01"), "orders-db", ExerciseKind.BACKUP);
        assertThat(taken.state()).isEqualTo(ExerciseState.CURRENT);
        assertThat(taken.lastTime()).isEqualTo(Instant.parse("2026-11-30T01:00:19Z"));
        assertThat(taken.last().name()).isEqualTo("orders");
        assertThat(EvidenceFixture.exercise(fixture.check("2026-12-02"), "orders-db", ExerciseKind.BACKUP).state())
                .as("the 1 December backup has error: true, so the last one taken is from 30 November").isEqualTo(ExerciseState.OVERDUE);
    }

    @Test
    void aStanzaNamedLikeItsTargetGetsTheBackupsSuffix() {
        Snapshot snapshot = new EvidenceFixture(dir, "  - {path: evidence/pg, kind: backup, map: {orders: [orders], billing: [orders]}}\n")
                .spof("orders", "").copy("pgbackrest-two-stanzas.json", "evidence/pg/info.json").snapshot("2026-12-01");

        assertThat(snapshot.diagnostics()).isEmpty();
        assertThat(EvidenceFixture.record(snapshot, EntryKind.BACKUP, "orders-backups", Backup.class).targets()).hasSize(1);
    }

    @Test
    void truncatedJsonIsASyntaxErrorAtItsEndAndTheRestOfTheBuildGoesOn() {
        String whole = EvidenceFixture.text("pgbackrest-two-stanzas.json");
        EvidenceFixture fixture = fixture().write("evidence/pg/cut.json", whole.substring(0, whole.indexOf("\"error\": true")));

        BuildResult result = fixture.check("2026-12-01");

        assertThat(result.diagnostics()).filteredOn(d -> d.where().path().equals("evidence/pg/cut.json")).singleElement()
                .satisfies(d -> {
                    assertThat(d.code()).isEqualTo("json.syntax");
                    assertThat(d.where().line()).isEqualTo(9);
                    assertThat(d.where().column()).isPositive();
                });
        assertThat(result.diagnostics()).as("info.json is still read").anyMatch(d -> d.message().contains("stanza 'billing'"));
    }

    @Test
    void aTimestampWithoutADateIsAnErrorAtTheTimestamp() {
        EvidenceFixture fixture = fixture().write("evidence/pg/info.json",
                EvidenceFixture.text("pgbackrest-two-stanzas.json").replace("\"start\": 1795914002", "\"start\": \"01:00:02\""));

        BuildResult result = fixture.check("2026-12-01");

        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("evidence.time")).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith("evidence/pg/info.json:7:")
                        .contains("`timestamp.start` is '01:00:02', which is not a date and time."));
    }
}
