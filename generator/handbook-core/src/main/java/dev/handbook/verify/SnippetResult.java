package dev.handbook.verify;

import java.time.Instant;

/**
 * What running a snippet gave.
 *
 * @param exitCode -1 when it did not run to its end (timeout, skipped, could not start)
 * @param message why it failed or was skipped, spelled out; empty when it passed
 * @param ranAt when it ran (for a cached result: when the cached run happened)
 * @param cached whether this result came from the cache rather than a run in this build
 */
public record SnippetResult(
        SnippetStatus status,
        int exitCode,
        long durationMillis,
        Instant ranAt,
        String stdout,
        String stderr,
        boolean stdoutCut,
        boolean stderrCut,
        String message,
        boolean cached) {

    /** When it finished: the end of the run this result came from, cached or not. */
    public Instant finishedAt() {
        return ranAt.plusMillis(durationMillis);
    }

    public SnippetResult fromCache() {
        return new SnippetResult(status, exitCode, durationMillis, ranAt, stdout, stderr, stdoutCut, stderrCut, message, true);
    }
}
