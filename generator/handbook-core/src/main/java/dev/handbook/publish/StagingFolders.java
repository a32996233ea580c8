package dev.handbook.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden folders beside an output folder {@code out} where sites are assembled: {@code .out.new-p<pid>-<start>-<n>}.
 * Each name carries the process that made it (its pid and start time, so a reused pid is not mistaken for it), so a
 * later build can tell the folders a killed build left from those a running one is still writing, and remove only
 * the former, without a lock file to leave behind.
 *
 * <p>Thread-safe and stateless.
 */
final class StagingFolders {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern OWNER = Pattern.compile("p(\\d+)-(\\d+)-\\d+");

    private StagingFolders() {}

    /** Creates a new, empty staging folder for {@code target}, owned by this process. */
    static Path create(Path target) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String name = prefix(target) + "p" + self.pid() + "-" + startMillis(self).orElse(0L) + "-" + Long.toUnsignedString(RANDOM.nextLong());
        return Files.createDirectory(target.resolveSibling(name));
    }

    /**
     * Deletes the staging folders of {@code target} whose builds are gone, with those of earlier handbook versions
     * ({@code .out.new-<n>}, {@code .out.old-<n>}), which have no owner in their names.
     */
    static void removeAbandoned(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".{new,old}-*")) {
            for (Path sibling : siblings) {
                if (Files.isDirectory(sibling, java.nio.file.LinkOption.NOFOLLOW_LINKS) && abandoned(sibling, name)) {
                    SitePublisher.deleteTree(sibling);
                }
            }
        }
    }

    private static boolean abandoned(Path folder, String name) {
        String rest = folder.getFileName().toString().substring(name.length() + ".new-".length() + 1);
        rest = rest.endsWith(".old") ? rest.substring(0, rest.length() - ".old".length()) : rest;
        Matcher owner = OWNER.matcher(rest);
        if (!owner.matches()) {
            return true; // an earlier version's folder, or one renamed by hand
        }
        long start = Long.parseLong(owner.group(2));
        return ProcessHandle.of(Long.parseLong(owner.group(1)))
                .filter(ProcessHandle::isAlive)
                .map(process -> startMillis(process).map(s -> s != start).orElse(false))
                .orElse(true);
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".new-";
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(java.time.Instant::toEpochMilli);
    }
}
