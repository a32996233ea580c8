package dev.handbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The processes a test left behind in its folder: those whose working folder or command line is in it. Postgres
 * processes work in their data folder, so a postmaster that outlived its test (it leaves the test's process tree when
 * {@code pg_ctl} daemonizes it) is found even after its backends renamed themselves.
 */
final class TestFolderProcesses {

    private TestFolderProcesses() {}

    /** Kills every process working in or naming {@code folder}; what they were, or an empty list if none was left. */
    static List<String> endAll(Path folder) {
        List<ProcessHandle> left = ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> uses(p.pid(), folder)).toList();
        List<String> described = left.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        left.forEach(p -> p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join());
        return described;
    }

    private static boolean uses(long pid, Path folder) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            if (Files.readSymbolicLink(proc.resolve("cwd")).startsWith(folder)) {
                return true;
            }
            return new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).contains(folder.toString());
        } catch (IOException | SecurityException e) {
            return false; // ended meanwhile, or another user's that this one cannot see: not the test's
        }
    }
}
