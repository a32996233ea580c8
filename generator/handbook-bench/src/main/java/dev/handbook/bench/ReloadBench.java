package dev.handbook.bench;

import dev.handbook.BuildOptions;
import dev.handbook.preview.PreviewServer;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures the preview's edit-to-reload time as a browser sees it: a runbook file is saved, and the clock stops
 * when the reload event arrives on an open event stream. Prints a Markdown section for bench/run's report.
 *
 * <pre>java -cp handbook-bench-all.jar dev.handbook.bench.ReloadBench HANDBOOK_DIR RUNBOOK_FILE AS_OF RUNS</pre>
 */
public final class ReloadBench {

    private static final int WARM_UP = 5;

    private ReloadBench() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path runbook = root.resolve(args[1]);
        int runs = Integer.parseInt(args[3]);
        BuildOptions options = BuildOptions.defaults(root).withAsOf(LocalDate.parse(args[2]));
        String original = Files.readString(runbook);
        List<Double> times = new ArrayList<>();
        try (PreviewServer preview = PreviewServer.start(options, "127.0.0.1", 0, new PrintWriter(Writer.nullWriter()))) {
            BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
            HttpResponse<java.util.stream.Stream<String>> events = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(preview.url() + "_handbook/events")).build(), HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> events.body().filter("data: reload"::equals).forEach(line -> reloads.add(System.nanoTime())));
            reader.setDaemon(true);
            reader.start();
            for (int i = 0; i < WARM_UP + runs; i++) {
                Thread.sleep(300);
                reloads.clear();
                long saved = System.nanoTime();
                Files.writeString(runbook, original + "\nEdited in run " + i + ".\n");
                Long reloaded = reloads.poll(10, TimeUnit.SECONDS);
                if (reloaded == null) {
                    throw new IllegalStateException("No reload event within 10 s of run " + i);
                }
                if (i >= WARM_UP) {
                    times.add((reloaded - saved) / 1e6);
                }
            }
        } finally {
            Files.writeString(runbook, original);
        }
        Collections.sort(times);
        System.out.println("Preview edit-to-reload (`handbook serve`, save of " + args[1] + " until the reload event reaches an open"
                + " event stream; includes the " + 40 + " ms quiet period that merges an editor's save burst):");
        System.out.println();
        System.out.println("| runs | median ms | min ms | max ms |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| %d | %.0f | %.0f | %.0f |%n", runs, times.get(times.size() / 2), times.get(0), times.get(times.size() - 1));
    }
}
