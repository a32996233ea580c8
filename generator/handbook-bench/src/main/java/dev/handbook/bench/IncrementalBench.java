package dev.handbook.bench;

import dev.handbook.BuildOptions;
import dev.handbook.Handbook;
import dev.handbook.Snapshot;
import dev.handbook.model.EntryKind;
import dev.handbook.render.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Measures warm incremental rebuilds in one JVM, as the preview server does them: one runbook of a big handbook is
 * edited and {@link Handbook#rebuild} is timed, then the result is compared with a full build. Prints a Markdown
 * section for bench/run's report.
 *
 * <pre>java -cp handbook-bench-all.jar dev.handbook.bench.IncrementalBench HANDBOOK_DIR AS_OF RUNS</pre>
 */
public final class IncrementalBench {

    private static final int WARM_UP = 5;

    private IncrementalBench() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        LocalDate asOf = LocalDate.parse(args[1]);
        int runs = Integer.parseInt(args[2]);
        BuildOptions options = BuildOptions.defaults(root).withOut(root.resolve("out-incremental")).withAsOf(asOf);
        try (Handbook handbook = new Handbook()) {
            long start = System.nanoTime();
            Snapshot snapshot = handbook.snapshot(options, true);
            double fullMs = (System.nanoTime() - start) / 1e6;
            Path runbook = snapshot.files().stream()
                    .filter(f -> f.source().kind() == EntryKind.RUNBOOK && !f.entries().isEmpty())
                    .map(f -> f.source().file())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The handbook has no runbook to edit"));
            String original = Files.readString(runbook);
            List<Double> times = new ArrayList<>();
            int rerendered = 0;
            int rendered = 0;
            try {
                for (int i = 0; i < WARM_UP + runs; i++) {
                    Files.writeString(runbook, original + "\nEdited in run " + i + ".\n");
                    long t = System.nanoTime();
                    Snapshot next = handbook.rebuild(snapshot, List.of(runbook));
                    double ms = (System.nanoTime() - t) / 1e6;
                    if (i >= WARM_UP) {
                        times.add(ms);
                        rerendered = changedPages(snapshot.pages(), next.pages());
                        rendered = next.site().rendered().size();
                    }
                    snapshot = next;
                }
                Snapshot full = handbook.snapshot(options, true);
                boolean identical = samePages(full.pages(), snapshot.pages()) && full.diagnostics().equals(snapshot.diagnostics());
                Collections.sort(times);
                System.out.println("Incremental rebuild (`Handbook.rebuild`, warm, one JVM) after editing one runbook of "
                        + snapshot.catalog().size() + " records:");
                System.out.println();
                System.out.println("| runs | median ms | min ms | max ms | pages rendered from templates | output files made anew | full in-memory build ms | identical to a full build |");
                System.out.println("|---|---|---|---|---|---|---|---|");
                System.out.printf("| %d | %.0f | %.0f | %.0f | %d of %d | %d of %d | %.0f | %s |%n", runs, times.get(times.size() / 2), times.get(0),
                        times.get(times.size() - 1), rendered, snapshot.site().byPath().size(), rerendered, snapshot.pages().size(), fullMs,
                        identical ? "yes" : "NO");
                if (!identical) {
                    System.exit(1);
                }
            } finally {
                Files.writeString(runbook, original);
            }
        }
    }

    /**
     * Output files made anew: the same object is kept for a page that was not rendered again, but the search index and
     * the files records link to (read again, as they may have changed on disk) are new objects every time.
     */
    private static int changedPages(Map<String, Page> before, Map<String, Page> after) {
        int count = 0;
        for (Map.Entry<String, Page> page : after.entrySet()) {
            if (before.get(page.getKey()) != page.getValue()) {
                count++;
            }
        }
        return count;
    }

    private static boolean samePages(Map<String, Page> a, Map<String, Page> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue().content(), b.get(e.getKey()).content()));
    }

}
