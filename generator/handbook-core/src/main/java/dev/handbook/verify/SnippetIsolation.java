package dev.handbook.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Keeps snippets apart from the builder. Each snippet runs as PID 1 of a PID namespace of its own, with its own
 * {@code /proc} (util-linux {@code unshare --fork --pid --kill-child --mount-proc}): it sees only its own processes,
 * never the builder's {@code /proc/PID/environ}, and when it ends or is killed the kernel kills every process left in
 * the namespace, {@code setsid} or not. It then runs without capabilities ({@code setpriv}), so it cannot unmount that
 * {@code /proc}: under root as the unprivileged user 65534 (nobody), otherwise as the builder's user in a user namespace.
 *
 * <p>Detected once per build by running a probe. Without it snippets do not run, since any snippet could read the
 * builder's environment. Immutable and thread-safe.
 */
public final class SnippetIsolation {

    /** The uid and gid snippets run as when the build runs as root (Debian's nobody and nogroup). */
    static final int NOBODY = 65534;

    static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";
    private static final String INSTALL = "Install util-linux 2.33 or later, which has both (`apt-get install util-linux`).";
    private static final String ALLOW = "Run the build where it may create namespaces: as root with CAP_SYS_ADMIN (a container needs"
            + " `--cap-add SYS_ADMIN` and a seccomp profile allowing unshare), or as a user with user namespaces enabled"
            + " (`sysctl user.max_user_namespaces` above 0).";
    private static final Set<PosixFilePermission> OTHERS_READ = Set.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

    private final List<String> prefix;
    private final OptionalInt runAs;
    private final String problem;
    private final String hint;

    private SnippetIsolation(List<String> prefix, OptionalInt runAs, String problem, String hint) {
        this.prefix = List.copyOf(prefix);
        this.runAs = runAs;
        this.problem = problem;
        this.hint = hint;
    }

    /** Probes how snippets can be isolated on this machine, finding the tools on the builder's {@code PATH}. */
    public static SnippetIsolation detect(Map<String, String> builderEnv) {
        try {
            return detect(builderEnv, (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0);
        } catch (IOException | UnsupportedOperationException e) {
            return unavailable("Snippets are isolated with Linux namespaces, and this system has no /proc.", "Run `--verify` on Linux.");
        }
    }

    /** @param asRoot whether to drop to user 65534 (the builder is root) or to enter a user namespace */
    static SnippetIsolation detect(Map<String, String> builderEnv, boolean asRoot) {
        String path = builderEnv.getOrDefault("PATH", DEFAULT_PATH);
        Optional<Path> unshare = ToolPath.find("unshare", path);
        Optional<Path> setpriv = ToolPath.find("setpriv", path);
        if (unshare.isEmpty() || setpriv.isEmpty()) {
            return unavailable("Snippets run only isolated from the builder, with `unshare` and `setpriv`, and `"
                    + (unshare.isEmpty() ? "unshare" : "setpriv") + "` is not on PATH.", INSTALL);
        }
        List<String> prefix = new ArrayList<>(List.of(unshare.get().toString()));
        if (!asRoot) {
            prefix.addAll(List.of("--user", "--map-root-user"));
        }
        prefix.addAll(List.of("--fork", "--pid", "--kill-child", "--mount-proc"));
        if (asRoot) {
            // The output pipes are root's (mode 600): hand them to nobody too, so that `> /dev/stderr` works.
            prefix.addAll(List.of("/bin/sh", "-c", "chown " + NOBODY + ":" + NOBODY + " /proc/self/fd/1 /proc/self/fd/2 && exec \"$@\"", "sh"));
        }
        prefix.add(setpriv.get().toString());
        if (asRoot) {
            prefix.addAll(List.of("--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        // A change of user clears the signal that --kill-child asked for: ask again, so the namespace ends with unshare.
        prefix.addAll(List.of("--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--pdeathsig", "KILL", "--"));
        return probe(new SnippetIsolation(prefix, asRoot ? OptionalInt.of(NOBODY) : OptionalInt.empty(), "", ""), path);
    }

    /** Isolation that is not there: every snippet reports {@code problem} and {@code hint} instead of running. */
    static SnippetIsolation unavailable(String problem, String hint) {
        return new SnippetIsolation(List.of(), OptionalInt.empty(), problem, hint);
    }

    /** Runs a snippet that passes only if it is PID 1 and its /proc is its namespace's, where /proc/self is 1 too. */
    private static SnippetIsolation probe(SnippetIsolation candidate, String path) {
        ProcessBuilder builder = new ProcessBuilder(candidate.command("sh", "exec readlink /proc/self")).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", path);
        String failed;
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                failed = "did not finish within 10 s";
            } else {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                failed = process.exitValue() == 0 && output.equals("1") ? "" : output.lines().findFirst().orElse("exit code " + process.exitValue());
            }
        } catch (IOException e) {
            failed = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = "interrupted";
        }
        return failed.isEmpty() ? candidate
                : unavailable("Snippets run only isolated from the builder, in a PID namespace of their own, and `unshare --pid` failed here: " + failed + ".", ALLOW);
    }

    public boolean available() {
        return problem.isEmpty();
    }

    /** Why snippets cannot run here; empty when they can. */
    public String problem() {
        return problem;
    }

    /** What to install or change so that they can. */
    public String hint() {
        return hint;
    }

    /** The command that runs {@code code} with {@code shell}, isolated. */
    List<String> command(String shell, String code) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(shell, "-c", code));
        return command;
    }

    /** Makes a folder the builder created (HOME, the temporary working folder) the snippet's own. */
    void handOver(Path dir) throws IOException {
        if (runAs.isPresent()) {
            Files.setAttribute(dir, "unix:uid", runAs.getAsInt());
            Files.setAttribute(dir, "unix:gid", runAs.getAsInt());
        }
    }

    /** Why a snippet could not read {@code dir}, when it runs as another user than the builder; empty if it can. */
    Optional<String> unreadable(Path dir) throws IOException {
        if (runAs.isEmpty() || Files.getPosixFilePermissions(dir).containsAll(OTHERS_READ)) {
            return Optional.empty();
        }
        return Optional.of("Snippets run as user " + runAs.getAsInt() + " (nobody) when the build runs as root, and cannot read the content folder "
                + dir + ". Let others read it: `chmod o+rx` on it (and `o+r` on the files the snippets read).");
    }
}
