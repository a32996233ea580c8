package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The release archive {@code mvn package} made (target/handbook-VERSION.tar.gz), and commands run the way a team runs
 * them: with a bare environment (no Maven, no {@code ~/.m2}, no source tree on any path) in folders outside the
 * repository.
 */
final class ReleaseArchive {

    static final Path TARGET = Path.of("target").toAbsolutePath();
    /** A PATH with Java and the shell tools, as a fresh machine has: nothing of Maven's or of this checkout. */
    static final String BARE_PATH = "/usr/bin:/bin";

    record Run(int exit, String out, String err) {}

    private ReleaseArchive() {}

    static Path tarGz() throws IOException {
        return single("handbook-*.tar.gz");
    }

    static Path zip() throws IOException {
        return single("handbook-*.zip");
    }

    /** The folder name inside the archive, handbook-VERSION. */
    static String baseName() throws IOException {
        String name = tarGz().getFileName().toString();
        return name.substring(0, name.length() - ".tar.gz".length());
    }

    /** Unpacks the tar.gz with the system's tar, as the install instructions do, and returns the installation. */
    static Path unpack(Path into) throws Exception {
        Files.createDirectories(into);
        Run run = run(into, Map.of(), "tar", "-xzf", tarGz().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return into.resolve(baseName());
    }

    /** Runs a command with only PATH, HOME (an empty folder) and LANG set, plus {@code env}. */
    static Run run(Path cwd, Map<String, String> env, String... command) throws IOException, InterruptedException {
        return run(cwd, env, List.of(command));
    }

    static Run run(Path cwd, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path home = emptyHome();
        Path out = Files.createTempFile("release-out", ".txt");
        Path err = Files.createTempFile("release-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", BARE_PATH, "HOME", home.toString(), "LANG", "C.UTF-8"));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        try {
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private static Path home;

    /** One empty folder for HOME, so that nothing of the builder's home (~/.m2 among it) is found through it. */
    private static synchronized Path emptyHome() throws IOException {
        if (home == null) {
            home = Files.createTempDirectory("release-home");
            home.toFile().deleteOnExit();
        }
        return home;
    }

    private static Path single(String glob) throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> found = files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName())).toList();
            assertThat(found).as("%s in %s: run mvn package first", glob, TARGET).hasSize(1);
            return found.get(0);
        }
    }
}
