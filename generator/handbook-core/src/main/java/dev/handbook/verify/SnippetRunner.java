package dev.handbook.verify;

import dev.handbook.model.Snippet;
import java.io.File;
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
 * Runs one snippet as its own process group ({@code setsid}), so that on timeout, and after it ends, everything it
 * started is killed with the group. Its environment holds only PATH, HOME (a fresh folder), LANG and TZ, plus the
 * variables it names in {@code env}, whose values are masked in its output. Output is capped per stream.
 *
 * <p>Thread-safe: each run has its own process and folders.
 */
public final class SnippetRunner {

    public static final int DEFAULT_OUTPUT_CAP = 64 * 1024;

    private final Map<String, String> builderEnv;
    private final Path contentDir;
    private final int outputCap;
    private final Clock clock;

    /**
     * @param builderEnv the environment {@code env} variables are taken from (normally {@code System.getenv()})
     * @param contentDir where {@code cwd=content} snippets run
     */
    public SnippetRunner(Map<String, String> builderEnv, Path contentDir, int outputCap, Clock clock) {
        this.builderEnv = Map.copyOf(builderEnv);
        this.contentDir = contentDir;
        this.outputCap = outputCap;
        this.clock = clock;
    }

    public SnippetResult run(Snippet snippet) {
        Instant start = clock.instant();
        Optional<String> missing = snippet.requires().stream().filter(tool -> !onPath(tool)).findFirst();
        if (missing.isPresent()) {
            return new SnippetResult(SnippetStatus.SKIPPED, -1, 0, start, "", "", false, false,
                    "Skipped: requires " + missing.get() + ", which is not on PATH.", false);
        }
        Path home = null;
        Path temp = null;
        try {
            home = Files.createTempDirectory("handbook-verify-home");
            temp = snippet.inContent() ? null : Files.createTempDirectory("handbook-verify");
            return execute(snippet, start, home, temp == null ? contentDir : temp);
        } catch (IOException e) {
            return new SnippetResult(SnippetStatus.FAIL, -1, 0, start, "", "", false, false,
                    "Could not start " + snippet.shell() + ": " + e.getMessage() + ".", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SnippetResult(SnippetStatus.FAIL, -1, 0, start, "", "", false, false, "Interrupted.", false);
        } finally {
            deleteQuietly(home);
            deleteQuietly(temp);
        }
    }

    private SnippetResult execute(Snippet snippet, Instant start, Path home, Path workDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (onPath("setsid")) {
            command.add("setsid");
        }
        command.addAll(List.of(snippet.shell(), "-c", snippet.code()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", builderEnv.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("LANG", builderEnv.getOrDefault("LANG", "C.UTF-8"));
        env.put("TZ", builderEnv.getOrDefault("TZ", "UTC"));
        List<String> secrets = new ArrayList<>();
        for (String name : snippet.env()) {
            String value = builderEnv.get(name);
            if (value != null) {
                env.put(name, value);
                if (!value.isEmpty()) {
                    secrets.add(value);
                }
            }
        }
        long t0 = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        CappedOutput out = new CappedOutput(process.getInputStream(), outputCap, "verify-stdout");
        CappedOutput err = new CappedOutput(process.getErrorStream(), outputCap, "verify-stderr");
        boolean finished = process.waitFor(snippet.timeout().toMillis(), TimeUnit.MILLISECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        killTree(process); // on timeout, and after a normal end, for anything it left running
        String rawStdout = out.text(2000);
        String stdout = mask(rawStdout, secrets);
        String stderr = mask(err.text(2000), secrets);
        if (!finished) {
            return new SnippetResult(SnippetStatus.TIMEOUT, -1, millis, start, stdout, stderr, out.cut(), err.cut(),
                    "Timed out after " + snippet.timeout().toSeconds() + " s; the snippet and everything it started were killed.", false);
        }
        int exit = process.exitValue();
        String failure = failure(snippet, exit, rawStdout); // expectations see the real output; pages see it masked
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

    /** Kills the snippet's process group, then any descendant that left it. */
    private static void killTree(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (onPathStatic("setsid")) {
            try {
                new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                // Fall through to killing what we know of.
            }
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        // Through the handle: Process.destroyForcibly() also closes the pipes, losing output not yet read.
        process.toHandle().destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    private static String mask(String text, List<String> secrets) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, "********");
        }
        return masked;
    }

    private boolean onPath(String tool) {
        return onPath(tool, builderEnv.getOrDefault("PATH", ""));
    }

    private static boolean onPathStatic(String tool) {
        return onPath(tool, System.getenv().getOrDefault("PATH", ""));
    }

    private static boolean onPath(String tool, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
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
