package dev.handbook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Runs a real command-line tool in a folder and fingerprints the files it leaves, for the real-client tests
 * and the tests that must prove no file was changed. */
public final class ToolRun {

    private ToolRun() {}

    public static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /**
     * Skips the calling test, saying what to install, when a real tool it drives is missing here; under {@code CI=true},
     * where {@code .ci/run} installs every such tool, fails it instead, so that a real-client test cannot vanish from CI.
     */
    public static void assumeInstalled(boolean installed, String missing) {
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(missing + " (CI=true: .ci/run should have installed it)");
        }
        if (!installed) {
            System.err.println("SKIPPED, a real tool is missing: " + missing); // surefire's summary only counts skips
        }
        Assumptions.assumeTrue(installed, missing);
    }

    /** Runs {@code command} in {@code dir} with extra {@code env}; it must exit 0 within a minute. Returns its output. */
    public static String run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s exit code; output:%n%s", List.of(command), text).isZero();
        return text;
    }

    /** SHA-256 of every file under {@code dir} (but {@code .git}), by relative path. */
    public static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !dir.relativize(f).startsWith(".git")).toList()) {
                sums.put(dir.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
