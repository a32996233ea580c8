package dev.handbook.verify;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds {@code sleep N} processes anywhere on the machine. Tests look for them by command line: a snippet's {@code $!}
 * is a PID in its own namespace, which names another process, or none, outside it.
 */
final class LeftoverProcesses {

    private LeftoverProcesses() {}

    /** The live {@code sleep} processes whose only argument is one of {@code seconds}. */
    static List<ProcessHandle> sleeping(int... seconds) {
        Set<String> wanted = Arrays.stream(seconds).mapToObj(String::valueOf).collect(Collectors.toSet());
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().filter(c -> c.endsWith("/sleep")).isPresent())
                .filter(p -> p.info().arguments().filter(a -> a.length == 1 && wanted.contains(a[0])).isPresent())
                .toList();
    }

    /** Waits up to 5 s for those processes to end; what is still alive then, as "PID: command line". */
    static List<String> awaitGone(int... seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!sleeping(seconds).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return sleeping(seconds).stream().map(p -> p.pid() + ": " + p.info().commandLine().orElse("?")).toList();
    }
}
