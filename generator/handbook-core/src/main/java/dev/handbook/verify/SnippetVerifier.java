package dev.handbook.verify;

import dev.handbook.model.Snippet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The verify stage: runs snippets in parallel, at most {@code parallelism} at a time, each under its timeout, reusing
 * cached results unless asked for fresh ones.
 */
public final class SnippetVerifier {

    private final SnippetRunner runner;
    private final ResultCache cache;
    private final boolean fresh;
    private final int parallelism;
    private final Clock clock;

    public SnippetVerifier(SnippetRunner runner, ResultCache cache, boolean fresh, int parallelism, Clock clock) {
        this.runner = runner;
        this.cache = cache;
        this.fresh = fresh;
        this.parallelism = Math.max(1, parallelism);
        this.clock = clock;
    }

    public VerificationReport verify(List<Snippet> snippets) {
        Map<Snippet, Future<SnippetResult>> running = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "handbook-verify");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Snippet snippet : snippets) {
                running.put(snippet, pool.submit(() -> resultOf(snippet)));
            }
            Map<Snippet, SnippetResult> results = new LinkedHashMap<>();
            for (Map.Entry<Snippet, Future<SnippetResult>> entry : running.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
            return new VerificationReport(true, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while verifying snippets", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A snippet run failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private SnippetResult resultOf(Snippet snippet) {
        if (!fresh) {
            var cached = cache.find(snippet, clock.instant());
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        SnippetResult result = runner.run(snippet);
        cache.store(snippet, result);
        return result;
    }
}
