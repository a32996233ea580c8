package dev.handbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A pgBackRest stanza over a {@link PostgresCluster}, configured entirely inside a test folder: its repository, log,
 * lock and spool folders are there and every command names its {@code pgbackrest.conf}, so nothing under {@code /var}
 * or {@code /etc} is read or written. The commands run as the {@link Unprivileged} user that runs the cluster.
 */
final class PgBackRestStanza {

    static final String NAME = "demo";
    private static final Duration TIMEOUT = Duration.ofSeconds(50);

    private final Path conf;
    private final Unprivileged as;

    private PgBackRestStanza(Path conf, Unprivileged as) {
        this.conf = conf;
        this.as = as;
    }

    /**
     * Writes {@code dir/pgbackrest.conf} for the cluster that will be at {@code data}, listening in {@code socket},
     * and makes its folders under {@code dir}.
     */
    static PgBackRestStanza configure(Path dir, Path data, Path socket, Unprivileged as) throws Exception {
        Path repo = as.ownFolder(dir.resolve("repo"));
        String folders = "repo1-path=" + repo + "\nlog-path=" + as.ownFolder(dir.resolve("log")) + "\nlock-path="
                + as.ownFolder(dir.resolve("lock")) + "\nspool-path=" + as.ownFolder(dir.resolve("spool")) + "\n";
        Path conf = Files.writeString(dir.resolve("pgbackrest.conf"), "[global]\n" + folders
                + "repo1-retention-full=2\n" // unset, every backup warns that the repository may fill up
                + "start-fast=y\n" // checkpoint at once, not at the next checkpoint_timeout (5 min)
                + "log-level-console=warn\nlog-level-file=detail\n\n"
                + "[" + NAME + "]\npg1-path=" + data + "\npg1-socket-path=" + socket + "\npg1-user=postgres\n");
        return new PgBackRestStanza(conf, as);
    }

    /** The {@code archive_command} setting that pushes each WAL segment to this stanza, quoted for postgresql.conf. */
    String archiveCommand() {
        return "'pgbackrest --config=" + conf + " --stanza=" + NAME + " archive-push %p'";
    }

    void create() throws Exception {
        pgbackrest("stanza-create");
    }

    /** {@code pgbackrest check}: switches to a new WAL segment and waits until the old one is in the archive. */
    void check() throws Exception {
        pgbackrest("check");
    }

    void fullBackup() throws Exception {
        pgbackrest("--type=full", "backup");
    }

    /** What {@code pgbackrest info --output=json} prints, exactly. */
    String infoJson() throws Exception {
        return pgbackrest("--output=json", "info");
    }

    /**
     * A shell script that restores the latest backup into a new folder {@code restore} of its working folder, checks
     * the files a restore must leave, starts the restored cluster, waits until it has replayed the archived WAL and
     * been promoted, reads {@code restore_probe} back and stops the cluster again. It prints its start in epoch seconds.
     */
    String restoreScript(Path bin) {
        String pgCtl = bin.resolve("pg_ctl") + " -D \"$scratch\"";
        String psql = bin.resolve("psql") + " -X -At -h \"$scratch\" -U postgres -d postgres";
        return String.join("\n",
                "set -eu",
                "echo \"restore started at $(date -u +%s)\"",
                "scratch=\"$PWD/restore\"",
                "mkdir -m 700 \"$scratch\"",
                "pgbackrest --config='" + conf + "' --stanza=" + NAME + " --pg1-path=\"$scratch\" restore",
                "test -s \"$scratch/PG_VERSION\" && test -s \"$scratch/backup_label\"",
                "echo \"restored PostgreSQL $(cat \"$scratch/PG_VERSION\"), $(grep '^START TIME:' \"$scratch/backup_label\")\"",
                "trap '" + pgCtl + " -m immediate -w stop > /dev/null 2>&1 || true' EXIT",
                pgCtl + " -l \"$scratch/restored.log\" -w -t 40 -o \"-c archive_mode=off -c unix_socket_directories='$scratch'\" start > /dev/null",
                // pg_ctl returns once the standby accepts connections; the restore is done when recovery has replayed
                // every archived segment and the cluster is promoted.
                "tries=0",
                "until [ \"$(" + psql + " -c 'select pg_is_in_recovery()' 2> /dev/null)\" = f ]; do",
                "  tries=$((tries + 1)); [ $tries -lt 150 ] || { tail -n 20 \"$scratch/restored.log\" >&2; exit 1; }; sleep 0.2",
                "done",
                psql + " -c \"select 'read back: ' || note from restore_probe order by id\"",
                "");
    }

    private String pgbackrest(String... command) throws Exception {
        String[] line = new String[command.length + 3];
        line[0] = "pgbackrest";
        line[1] = "--config=" + conf;
        line[2] = "--stanza=" + NAME;
        System.arraycopy(command, 0, line, 3, command.length);
        return as.run(conf.getParent(), TIMEOUT, line);
    }
}
