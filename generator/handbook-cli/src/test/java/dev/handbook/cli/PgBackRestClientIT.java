package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EvidenceTimes;
import dev.handbook.testing.ToolRun;
import dev.handbook.yaml.JsonReader;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's real client: a throw-away Postgres cluster, run as an unprivileged user on a unix socket in a temporary
 * folder, archives its WAL with the real {@code pgbackrest}, which takes a full backup and writes {@code info
 * --output=json} into the evidence folder of a handbook; a restore of that backup, started and read back, is a
 * verification snippet of the SPOF. Every process ends with the test: {@link #noProcessIsLeftInTheTestFolders}.
 */
class PgBackRestClientIT {

    static final String AFTER_BACKUP = "written after the backup";

    @TempDir static Path dir;
    static Unprivileged as;
    static PostgresCluster cluster;
    static PgBackRestStanza stanza;
    static String info;
    static String systemId;
    static Instant backupStarted;
    static Instant backupEnded;
    static final Timings timings = new Timings();

    @BeforeAll
    static void backUpAThrowAwayCluster() throws Exception {
        ToolRun.assumeInstalled(ToolRun.onPath("pgbackrest"), "pgBackRest is not installed (apt-get install pgbackrest)");
        Path bin = PostgresCluster.binaries().orElse(null);
        ToolRun.assumeInstalled(bin != null, "No Postgres server under /usr/lib/postgresql/*/bin (apt-get install postgresql)");
        as = Unprivileged.here();
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")); // for 65534
        Path data = dir.resolve("pg/data");
        Path socket = dir.resolve("pg/run");
        stanza = PgBackRestStanza.configure(Files.createDirectories(dir.resolve("pgbackrest")), data, socket, as);
        cluster = timings.time("initdb", () -> PostgresCluster.init(bin, data, socket, as,
                Map.of("archive_mode", "on", "archive_command", stanza.archiveCommand())));
        try (PostgresCluster running = cluster) {
            timings.run("start", running::start);
            running.sql("create table restore_probe (id int primary key, note text); insert into restore_probe values (1, 'in the backup')");
            timings.run("stanza-create and check", () -> {
                stanza.create();
                stanza.check();
            });
            backupStarted = Instant.now();
            timings.run("full backup", stanza::fullBackup);
            backupEnded = Instant.now();
            running.sql("insert into restore_probe values (2, '" + AFTER_BACKUP + "')");
            timings.run("check (archives the last write)", stanza::check);
            info = stanza.infoJson();
            systemId = running.control("Database system identifier");
        }
        Path evidence = Files.createDirectories(dir.resolve("handbook/evidence/pgbackrest"));
        Files.writeString(evidence.resolve("info.json"), info);
    }

    @AfterAll
    static void noProcessIsLeftInTheTestFolders() throws Exception {
        System.out.println("PgBackRestClientIT timings: " + timings);
        assertThat(TestFolderProcesses.endAll(dir)).as("processes left running in " + dir).isEmpty();
    }

    @Test
    void pgBackRestListsTheFullBackupAndItsRestoreReadsBackTheLastArchivedWrite() throws Exception {
        assertThat(cluster.running()).as("the cluster is stopped").isFalse();
        JsonNode stanzas = new ObjectMapper().readTree(info);
        assertThat(stanzas).as(info).hasSize(1);
        JsonNode demo = stanzas.get(0);
        assertThat(demo.path("name").asText()).isEqualTo(PgBackRestStanza.NAME);
        assertThat(demo.path("status").path("code").asInt(-1)).isZero();
        JsonNode backups = demo.path("backup");
        assertThat(backups).hasSize(1);
        JsonNode full = backups.get(0);
        assertThat(full.path("type").asText()).isEqualTo("full");
        assertThat(full.path("error").asBoolean(true)).isFalse();
        assertThat(full.path("label").asText()).matches("\\d{8}-\\d{6}F");
        long start = full.path("timestamp").path("start").asLong();
        long stop = full.path("timestamp").path("stop").asLong();
        assertThat(start).isBetween(backupStarted.getEpochSecond(), stop);
        assertThat(stop).isLessThanOrEqualTo(backupEnded.getEpochSecond());
        String archiveMax = demo.path("archive").get(0).path("max").asText();
        assertThat(archiveMax).as("the WAL written after the backup is archived").isGreaterThan(full.path("archive").path("stop").asText());

        // Exactly what pg_controldata says, beyond 2^53, in the file and as handbook's JSON reader and times read it.
        assertThat(new BigInteger(systemId)).isGreaterThan(BigInteger.TWO.pow(53));
        assertThat(info).contains("\"system-id\":" + systemId + ",");
        YamlMap read = (YamlMap) ((YamlList) new JsonReader().read(info, "evidence/pgbackrest/info.json", new Diagnostics()).orElseThrow()).items().get(0);
        assertThat(scalar(read, "db", "system-id")).isEqualTo(systemId);
        assertThat(EvidenceTimes.parse(scalar(read, "backup", "timestamp", "stop"))).contains(Instant.ofEpochSecond(stop));
        // pgBackRest prints one line: a job killed while writing it leaves an error at the cut, not at 1:1 or a crash.
        String cut = info.substring(0, info.length() / 2);
        Diagnostics diagnostics = new Diagnostics();
        assertThat(new JsonReader().read(cut, "evidence/pgbackrest/info.json", diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("json.syntax");
            assertThat(d.where().line()).isEqualTo(1);
            assertThat(d.where().column()).as(d.toString()).isBetween(cut.length() - 40, cut.length() + 1);
        });

        Path byHand = as.ownFolder(dir.resolve("restore-by-hand"));
        Unprivileged.Result restore;
        try (PostgresCluster restored = PostgresCluster.at(cluster.bin(), byHand.resolve("restore"), as)) {
            restore = timings.time("restore, start and read back", () -> as.exec(byHand, Duration.ofSeconds(90), "sh", "-c",
                    stanza.restoreScript(cluster.bin())));
            assertThat(restored.running()).as("the script stops the restored cluster").isFalse();
        }
        assertThat(restore.exit()).as(restore.output()).isZero();
        String major = cluster.bin().getParent().getFileName().toString();
        assertThat(restore.output()).containsPattern("restore started at \\d{10}\n")
                .contains("restored PostgreSQL " + major + ", START TIME: ", "read back: in the backup\nread back: " + AFTER_BACKUP + "\n");
        assertThat(Files.readString(byHand.resolve("restore/PG_VERSION")).strip()).isEqualTo(major);
        // Recovery started from the label pgBackRest restored, and set it aside once done.
        assertThat(Files.readString(byHand.resolve("restore/backup_label.old"))).contains("BACKUP METHOD: streamed", "BACKUP FROM: primary");
    }

    @Test
    void theSpofPageShowsTheBackupTakenAndTheRestoreVerified() throws Exception {
        // Not built by root, handbook runs snippets as root of a user namespace, where Postgres refuses to start.
        Assumptions.assumeTrue(as.asRoot(), "the restore snippet starts Postgres, which it cannot as root of a user namespace");
        new RestoreEvidenceSite(dir.resolve("handbook"), stanza, cluster.bin(), AFTER_BACKUP).assertShownAndChecked(info, timings);
    }

    /** The text of the scalar at {@code path} in {@code map}, taking the first item of each list on the way. */
    private static String scalar(YamlNode node, String... path) {
        for (String key : path) {
            node = node instanceof YamlList list ? list.items().get(0) : node;
            node = ((YamlMap) node).entry(key).orElseThrow(() -> new AssertionError("no " + key)).value();
        }
        node = node instanceof YamlList list ? list.items().get(0) : node;
        return ((YamlScalar) node).text();
    }
}
