package dev.handbook.verify;

import dev.handbook.model.Snippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one snippet isolated from the builder ({@link SnippetIsolation}): it cannot see the builder's processes or their
 * environment, and everything it starts ends with it, on timeout too. Its environment holds only PATH, HOME (a fresh
 * folder), LANG and TZ, plus the variables it names in {@code env}, whose values are masked in its output as it is
 * read, before each stream is capped.
 *
 * <p>Thread-safe: each run has its own process and folders.
 */
public final class SnippetRunner {

    public static final int DEFAULT_OUTPUT_CAP = 64 * 1024;

    private final Map<String, String> builderEnv;
    private final Path contentDir;
    private final int outputCap;
    private final Clock clock;
    private final SnippetIsolation isolation;

    /**
     * Probes the isolation once, for every snippet this runner runs.
     *
     * @param builderEnv the environment {@code env} variables are taken from (normally {@code System.getenv()})
     * @param contentDir where {@code cwd=content} snippets run
     */
    public SnippetRunner(Map<String, String> builderEnv, Path contentDir, int outputCap, Clock clock) {
        this(builderEnv, contentDir, outputCap, clock, SnippetIsolation.detect(builderEnv));
    }

    SnippetRunner(Map<String, String> builderEnv, Path contentDir, int outputCap, Clock clock, SnippetIsolation isolation) {
        this.builderEnv = Map.copyOf(builderEnv);
        this.contentDir = contentDir;
        this.outputCap = outputCap;
        this.clock = clock;
        this.isolation = isolation;
    }

    /** How snippets are isolated here, or why they cannot run. */
    public SnippetIsolation isolation() {
        return isolation;
    }

    public SnippetResult run(Snippet snippet) {
        Instant start = clock.instant();
        if (!isolation.available()) {
            return notRun(SnippetStatus.SKIPPED, start, "Not run: " + isolation.problem() + " " + isolation.hint());
        }
        // a tool on PATH, or a file (a path with a slash) such as the host's own config: a machine with pgbackrest
        // installed is not yet a machine that can reach the team's repository
        Optional<String> missing = snippet.requires().stream()
                .filter(need -> need.contains("/") ? !Files.isReadable(Path.of(need)) : ToolPath.find(need, path()).isEmpty()).findFirst();
        if (missing.isPresent()) {
            return notRun(SnippetStatus.SKIPPED, start, "Skipped: requires " + missing.get()
                    + (missing.get().contains("/") ? ", which is not a readable file here." : ", which is not on PATH."));
        }
        Path home = null;
        Path temp = null;
        try {
            Optional<String> unreadable = snippet.inContent() ? isolation.unreadable(contentDir) : Optional.empty();
            if (unreadable.isPresent()) {
                return notRun(SnippetStatus.FAIL, start, unreadable.get());
            }
            home = ownFolder("handbook-verify-home");
            temp = snippet.inContent() ? null : ownFolder("handbook-verify");
            return execute(snippet, start, home, temp == null ? contentDir : temp);
        } catch (IOException e) {
            return notRun(SnippetStatus.FAIL, start, "Could not start " + snippet.shell() + ": " + e.getMessage() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notRun(SnippetStatus.FAIL, start, "Interrupted.");
        } finally {
            deleteQuietly(home);
            deleteQuietly(temp);
        }
    }

    private SnippetResult execute(Snippet snippet, Instant start, Path home, Path workDir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(isolation.command(snippet.shell(), snippet.code())).directory(workDir.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", path());
        env.put("HOME", home.toString());
        env.put("LANG", builderEnv.getOrDefault("LANG", "C.UTF-8"));
        env.put("TZ", builderEnv.getOrDefault("TZ", "UTC"));
        List<String> secrets = new ArrayList<>();
        for (String name : snippet.env()) {
            String value = builderEnv.get(name);
            if (value != null) {
                env.put(name, value);
                secrets.add(value);
            }
        }
        long t0 = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        CappedOutput out = new CappedOutput(process.getInputStream(), outputCap, secrets, "verify-stdout");
        CappedOutput err = new CappedOutput(process.getErrorStream(), outputCap, secrets, "verify-stderr");
        boolean finished = process.waitFor(snippet.timeout().toMillis(), TimeUnit.MILLISECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (!finished) {
            // Through the handle: Process.destroyForcibly() also closes the pipes, losing output not yet read. Killing
            // unshare kills the namespace's PID 1 (--kill-child), and with it the kernel kills everything else in there.
            process.toHandle().destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        String stdout = out.text(2000);
        String stderr = err.text(2000);
        if (!finished) {
            return new SnippetResult(SnippetStatus.TIMEOUT, -1, millis, start, stdout, stderr, out.cut(), err.cut(),
                    "Timed out after " + snippet.timeout().toSeconds() + " s; the snippet and everything it started were killed.", false);
        }
        int exit = process.exitValue();
        String failure = failure(snippet, exit, out.rawText()); // expectations see the real output; pages see it masked
        return new SnippetResult(failure.isEmpty() ? SnippetStatus.PASS : SnippetStatus.FAIL, exit, millis, start, stdout, stderr,
                out.cut(), err.cut(), failure, false);
    }
    /** The unmet expectation, spelled out, or empty. */
    static String failure(Snippet snippet, int exit, String stdout) {
        if (exit != snippet.expectExit()) {
            return "Expected exit code " + snippet.expectExit() + ", got " + exit + ".";
        }
        if (snippet.expectOutput() != null && !stdout.contains(snippet.expectOutput())) {
            return "Expected the output to contain \"" + snippet.expectOutput() + "\".";
        }
        if (snippet.expectPattern() != null && !snippet.expectPattern().matcher(stdout).find()) {
            return "Expected the output to match /" + snippet.expectPattern().pattern() + "/.";
        }
        return "";
    }

    private static SnippetResult notRun(SnippetStatus status, Instant start, String message) {
        return new SnippetResult(status, -1, 0, start, "", "", false, false, message, false);
    }

    /** A fresh temporary folder, the snippet's own. */
    private Path ownFolder(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        isolation.handOver(dir);
        return dir;
    }

    private String path() {
        return builderEnv.getOrDefault("PATH", SnippetIsolation.DEFAULT_PATH);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
