package dev.handbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away Postgres cluster in a folder of a test: {@code initdb} as an {@link Unprivileged} user, listening only
 * on a unix socket in its own folder (no TCP port to collide with anything), stopped for good by {@link #close()}.
 */
final class PostgresCluster implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);

    private final Path bin;
    private final Path data;
    private final Path socket;
    private final Unprivileged as;

    private PostgresCluster(Path bin, Path data, Path socket, Unprivileged as) {
        this.bin = bin;
        this.data = data;
        this.socket = socket;
        this.as = as;
    }

    /** The newest installed server's {@code bin} folder ({@code /usr/lib/postgresql/N/bin} on Debian), if any. */
    static Optional<Path> binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(versions)) {
            return dirs.filter(d -> d.getFileName().toString().matches("\\d+")).map(d -> d.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString())));
        }
    }

    /** The cluster whose data folder is {@code data}, as far as stopping it goes (one a restore made, for example). */
    static PostgresCluster at(Path bin, Path data, Unprivileged as) {
        return new PostgresCluster(bin, data, data, as);
    }

    /**
     * Runs {@code initdb} into {@code data} (superuser {@code postgres}, trust on the socket only) and adds {@code
     * settings} to its {@code postgresql.conf}; values are written as given, quotes included.
     */
    static PostgresCluster init(Path bin, Path data, Path socket, Unprivileged as, Map<String, String> settings) throws Exception {
        as.ownFolder(data);
        as.ownFolder(socket);
        as.run(data, TIMEOUT, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust", "--no-locale",
                "-E", "UTF8", "--no-sync");
        StringBuilder conf = new StringBuilder("\n# Added by the test: a unix socket only, and its own settings.\n");
        conf.append("listen_addresses = ''\nunix_socket_directories = '").append(socket).append("'\n");
        settings.forEach((key, value) -> conf.append(key).append(" = ").append(value).append('\n'));
        Files.writeString(data.resolve("postgresql.conf"), conf, java.nio.file.StandardOpenOption.APPEND);
        return new PostgresCluster(bin, data, socket, as);
    }

    Path bin() {
        return bin;
    }

    void start() throws Exception {
        as.run(data, TIMEOUT, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-t", "30", "start");
    }

    /** Runs {@code sql} as the superuser; its rows, unaligned. */
    String sql(String sql) throws Exception {
        return as.run(data, TIMEOUT, bin.resolve("psql").toString(), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", socket.toString(),
                "-U", "postgres", "-d", "postgres", "-c", sql).strip();
    }

    /** A value {@code pg_controldata} prints, by its label ({@code Database system identifier}). */
    String control(String label) throws Exception {
        String output = as.run(data, TIMEOUT, bin.resolve("pg_controldata").toString(), "-D", data.toString());
        return output.lines().filter(l -> l.startsWith(label + ":")).map(l -> l.substring(label.length() + 1).strip()).findFirst()
                .orElseThrow(() -> new AssertionError("pg_controldata printed no '" + label + "':\n" + output));
    }

    /** Whether a postmaster of this cluster is running. */
    boolean running() throws IOException {
        return postmaster().map(ProcessHandle::isAlive).orElse(false);
    }

    /** Stops the cluster at once ({@code pg_ctl stop -m immediate}); kills whatever of it is left if that fails. */
    @Override
    public void close() throws Exception {
        if (!Files.exists(data.resolve("postmaster.pid"))) {
            return;
        }
        Optional<ProcessHandle> postmaster = postmaster();
        try {
            as.exec(data, TIMEOUT, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } finally {
            if (postmaster.isPresent() && postmaster.get().isAlive()) {
                List<ProcessHandle> backends = postmaster.get().descendants().toList();
                postmaster.get().destroyForcibly();
                backends.forEach(ProcessHandle::destroyForcibly);
                postmaster.get().onExit().get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The postmaster named in {@code postmaster.pid} (its first line), if it is a live process. */
    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        return first.matches("\\d+") ? ProcessHandle.of(Long.parseLong(first)) : Optional.empty();
    }
}
