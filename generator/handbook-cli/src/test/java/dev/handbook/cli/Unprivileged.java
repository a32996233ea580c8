package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real database tools of a test as an unprivileged user: Postgres refuses to run as root, so under root (as
 * tests run here and in CI) as uid 65534 ({@code setpriv}, the user handbook's snippets run as too), otherwise as the
 * builder. Commands get a minimal environment, so nothing of the builder's (a {@code PGHOST}, a secret) reaches them.
 */
final class Unprivileged {

    static final int NOBODY = 65534;

    private final boolean root;

    private Unprivileged(boolean root) {
        this.root = root;
    }

    /** How this JVM's user runs the tools. */
    static Unprivileged here() throws IOException {
        return new Unprivileged((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0);
    }

    boolean asRoot() {
        return root;
    }

    /** Creates {@code dir} (and its parents) and makes it the tools' own, private to them as Postgres wants its folders. */
    Path ownFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (root) {
            Files.setAttribute(dir, "unix:uid", NOBODY);
            Files.setAttribute(dir, "unix:gid", NOBODY);
        }
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        return dir;
    }

    /** Runs {@code command} in {@code dir}; it must exit 0 within {@code timeout}, else the test fails with its output. */
    String run(Path dir, Duration timeout, String... command) throws IOException, InterruptedException {
        Result result = exec(dir, timeout, command);
        assertThat(result.exit()).as("%s exit code; output:%n%s", List.of(command), result.output()).isZero();
        return result.output();
    }

    record Result(int exit, String output) {}

    /** Runs {@code command} in {@code dir} and returns its exit code and output; a command still running at
     * {@code timeout} is killed with everything it started, and fails the test. */
    Result exec(Path dir, Duration timeout, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (root) {
            line.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        line.addAll(List.of(command));
        // Output to a file, not a pipe: a daemon that keeps an inherited pipe open (a postmaster) cannot hang the test.
        Path output = Files.createTempFile("unprivileged", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Map<String, String> env = builder.environment();
            env.clear();
            env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
            env.put("HOME", dir.toString());
            env.put("LANG", "C.UTF-8");
            env.put("TZ", "UTC");
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError(List.of(command) + " did not finish within " + timeout.toSeconds() + " s; output:\n" + read(output));
            }
            return new Result(process.exitValue(), read(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
