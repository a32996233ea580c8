package dev.handbook.preview;

import dev.handbook.BuildOptions;
import dev.handbook.HandbookException;
import dev.handbook.Handbook;
import dev.handbook.ReadFolders;
import dev.handbook.config.HandbookConfig;
import dev.handbook.model.EntryKind;
import dev.handbook.Snapshot;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.policy.Emphasis;
import dev.handbook.source.DisplayPaths;
import dev.handbook.policy.FrontEnd;
import dev.handbook.policy.ReportLines;
import dev.handbook.verify.VerifyMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The live preview: builds the handbook in memory, serves it with Jetty, rebuilds what a change affects when files
 * change, and tells browsers to reload. A build with errors never stops it: it keeps serving the last good site with
 * the errors shown on every page and in the terminal.
 *
 * <pre><code>
 * try (PreviewServer preview = PreviewServer.start(options, "127.0.0.1", 8000, out)) {
 *     System.out.println(preview.url());
 *     preview.join();
 * }
 * </code></pre>
 */
public final class PreviewServer implements AutoCloseable {

    private static final ReportLines LINES = new ReportLines(FrontEnd.CLI, Emphasis.PLAIN);

    static final long QUIET_MILLIS = 40;

    private final Handbook handbook = new Handbook();
    /** Page requests are short and streams hold none: a few threads serve everything, and bound the memory they keep. */
    static final int MAX_THREADS = 32;
    /** Beyond the streams, room for page requests; further connections wait to be accepted rather than cost memory. */
    static final int MAX_CONNECTIONS_BEYOND_STREAMS = 256;

    private final PreviewSite site;
    private final ReloadStreams streams;
    private final Server server;
    private final ServerConnector connector;
    private final ChangeWatcher watcher;
    private final PrintWriter out;
    private final BuildOptions verifying;
    private final ExecutorService verifier = Executors.newSingleThreadExecutor(DaemonThreads.named("handbook-preview-verify"));
    private volatile Snapshot current;

    private PreviewServer(BuildOptions options, String host, int port, StreamLimits limits, PrintWriter out, boolean allowWrite) throws Exception {
        this.out = out;
        // Edits are rebuilt without running snippets, so a reload never waits for them; a second, verifying build
        // runs in the background when asked for, and its results replace the page when ready.
        this.verifying = options.verify() != null && options.verify() != VerifyMode.OFF ? options : null;
        this.current = handbook.snapshot(options.withVerify(VerifyMode.OFF), true);
        report(current, 0);
        this.site = new PreviewSite(current);
        verifyInBackground();
        this.streams = new ReloadStreams(site, limits);
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("handbook-preview");
        this.server = new Server(threads);
        this.connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        // Heartbeats keep open streams busy; a connection silent for three of them is gone.
        connector.setIdleTimeout(Math.max(30_000, 3 * limits.heartbeat().toMillis()));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxStreams() + MAX_CONNECTIONS_BEYOND_STREAMS, connector));
        server.setHandler(new HostCheck(new AllowedHosts(host, connector::getLocalPort), new PreviewHandler(site, streams,
                allowWrite ? drillsFolder(options, current.config()) : null)));
        server.setStopTimeout(0); // open event streams would hold a graceful stop; there is nothing to drain on Ctrl-C
        startListening(server, host, port);
        // The output folder and target/ change when a site is written or compiled, never because content did.
        this.watcher = new ChangeWatcher(List.of(options.out(), ReadFolders.repository(options).resolve("target")), QUIET_MILLIS, this::rebuild);
        watcher.watch(ReadFolders.of(options, current.config()));
    }

    /** A port another program holds is the user's to change, not a bug: say which, and how to get a free one. */
    private static void startListening(Server server, String host, int port) throws Exception {
        try {
            server.start();
        } catch (IOException e) {
            if (!(e.getCause() instanceof java.net.BindException bind)) {
                throw e;
            }
            server.stop();
            throw new HandbookException("Cannot listen on " + host + ":" + port + ": " + bind.getMessage().toLowerCase(java.util.Locale.ROOT)
                    + ". Another program (perhaps another handbook serve) uses that port: stop it, choose another with --port,"
                    + " or pass --port 0 for any free one.", e);
        }
    }

    /**
     * Builds the handbook and starts serving it.
     *
     * @param host the address to bind: 127.0.0.1 unless the user asks otherwise
     * @param port the port, or 0 for a free one
     * @param out where build reports go
     */
    public static PreviewServer start(BuildOptions options, String host, int port, PrintWriter out) throws Exception {
        return start(options, host, port, StreamLimits.DEFAULTS, out);
    }

    /**
     * As {@link #start(BuildOptions, String, int, PrintWriter)}; with {@code allowWrite}, runbook pages' game-day mode
     * may save its drill record into the drills folder ({@code handbook serve --allow-write}).
     */
    public static PreviewServer start(BuildOptions options, String host, int port, PrintWriter out, boolean allowWrite) throws Exception {
        return new PreviewServer(options, host, port, StreamLimits.DEFAULTS, out, allowWrite);
    }

    /** As {@link #start(BuildOptions, String, int, PrintWriter)}, with other limits for the live-reload streams. */
    static PreviewServer start(BuildOptions options, String host, int port, StreamLimits limits, PrintWriter out) throws Exception {
        return new PreviewServer(options, host, port, limits, out, false);
    }

    /** Where game-day records go: the first {@code kind: drill} source, else the content folder's drills folder. */
    static GameDayWrites drillsFolder(BuildOptions options, HandbookConfig config) {
        Path repository = ReadFolders.repository(options).toAbsolutePath().normalize();
        Path folder = ReadFolders.newRecordsOf(options, config, EntryKind.DRILL).toAbsolutePath().normalize();
        return new GameDayWrites(folder, new DisplayPaths(repository).of(folder));
    }

    public String url() {
        String host = connector.getHost().contains(":") ? "[" + connector.getHost() + "]" : connector.getHost();
        return "http://" + host + ":" + connector.getLocalPort() + "/";
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** The site being served, for tests. */
    PreviewSite site() {
        return site;
    }

    /** The open live-reload streams, for tests. */
    ReloadStreams streams() {
        return streams;
    }

    private void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            current = handbook.rebuild(current, changed);
        } catch (RuntimeException e) {
            out.println("handbook: the rebuild failed: " + e.getMessage() + "; still serving the last good site.");
            out.flush();
            return;
        }
        report(current, (System.nanoTime() - start) / 1_000_000); // before browsers hear of it, so the terminal is never behind
        watchWhatTheBuildRead(); // before browsers hear of it too: a folder handbook.yaml just added is watched when they reload
        site.publish(current);
        verifyInBackground();
    }

    /** Follows {@code sources:}: a source added to handbook.yaml is watched from now on, a removed one no longer. */
    private void watchWhatTheBuildRead() {
        try {
            watcher.watch(ReadFolders.of(current.options(), current.config()));
        } catch (IOException | UncheckedIOException e) {
            out.println("handbook: cannot watch the folders handbook.yaml lists: " + e.getMessage()
                    + "; changes there are not seen until the next change elsewhere.");
            out.flush();
        }
    }

    /** Runs the snippets (cached results reused) and shows the results, unless a newer change came in meanwhile. */
    private void verifyInBackground() {
        if (verifying == null || current.hasErrors()) {
            return;
        }
        Snapshot base = current;
        verifier.submit(() -> {
            Snapshot verified = handbook.snapshot(verifying, true);
            if (current == base && !verified.hasErrors()) {
                site.publish(verified);
                verified.verification().failures().forEach(f -> out.println(LINES.snippetFailure(f.getKey(), f.getValue())));
                out.println(LINES.verification(verified.verification()) + " Browsers reload.");
                out.flush();
            }
        });
    }

    private void report(Snapshot snapshot, long millis) {
        for (Diagnostic d : snapshot.diagnostics()) {
            out.println(LINES.diagnostic(d));
        }
        if (millis > 0 || snapshot.hasErrors()) {
            out.println(snapshot.hasErrors()
                    ? "Build has errors; still serving the last good site, with the errors shown on every page."
                    : "Rebuilt in " + millis + " ms; browsers reload.");
        }
        out.flush();
    }

    /** Stops watching and serving; no thread or temporary file is left behind. */
    @Override
    public void close() throws IOException {
        streams.close();
        watcher.close();
        verifier.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IOException("Cannot stop the preview server: " + e.getMessage(), e);
        } finally {
            handbook.close();
        }
    }
}
