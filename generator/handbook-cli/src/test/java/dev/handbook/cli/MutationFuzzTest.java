package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Handbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Seeded mutations of the example handbook, each built by {@code handbook build} in-process, one file changed at a
 * time. Whatever the mutation, the build never prints a stack trace or exits 3; every failed build names a place
 * ({@code file:line:column}) for each error and leaves the previous site as it was; no build writes into the content.
 *
 * <p>300 cases by default; {@code -Dhandbook.fuzz.cases=5000 -Dhandbook.fuzz.seed=N} runs more, or another sequence.
 * A failure prints each failing case's seed, file and mutation, so it can be reproduced and turned into a test.
 */
class MutationFuzzTest {

    private static final int CASES = Integer.getInteger("handbook.fuzz.cases", 300);
    private static final long SEED = Long.getLong("handbook.fuzz.seed", 20261206L);
    private static final Pattern ERROR_LINE = Pattern.compile("^(?<path>[^:\\s][^:]*):(?<line>\\d+):(?<column>\\d+): error: .+ \\[[\\w.-]+\\]$");
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.]+\\(.*\\)$|Exception|internal error", Pattern.MULTILINE);

    @TempDir Path dir;

    @Test
    void noMutationOfTheExampleCrashesTheBuildOrLosesThePreviousSite() throws Exception {
        Path root = CliFixture.copy(CliFixture.EXAMPLE, dir.resolve("handbook"));
        // The one-file offline copy costs half a second a build and is tested elsewhere.
        Path config = root.resolve("site/handbook.yaml");
        Files.writeString(config, Files.readString(config).replace("offline: true", "offline: false"));
        Path out = dir.resolve("out");
        List<Path> files = mutable(root);
        List<String> failures = new ArrayList<>();
        try (Handbook shared = new Handbook()) {
            Outcome first = build(shared, root, out);
            assertThat(first.exit()).as("the unmodified example builds: %s", first.output()).isEqualTo(ExitCodes.OK);
            Map<String, String> site = digest(out);
            Random random = new Random(SEED);
            for (int n = 0; n < CASES; n++) {
                Path file = random.nextInt(12) == 0 ? config : files.get(random.nextInt(files.size()));
                byte[] original = Files.readAllBytes(file);
                Mutation mutation = Mutation.of(root.relativize(file).toString(), original, random);
                Files.write(file, mutation.bytes());
                Map<String, String> content = digest(root);
                Outcome outcome = build(shared, root, out);
                String problem = problem(outcome, site, digest(out), content, digest(root));
                if (!problem.isEmpty()) {
                    failures.add("case " + n + " (seed " + SEED + "): " + mutation.path() + ": " + mutation.description() + ": " + problem
                            + "\n    exit " + outcome.exit() + ", output:\n    " + outcome.output().strip().replace("\n", "\n    "));
                }
                if (outcome.exit() == ExitCodes.OK || outcome.exit() == ExitCodes.POLICY) {
                    site = digest(out);
                }
                Files.write(file, original);
            }
        }
        Files.write(Path.of("target/fuzz-failures.txt"), failures);
        assertThat(failures).as("%d of %d mutations broke a promise:%n%s", failures.size(), CASES,
                String.join("\n", failures.subList(0, Math.min(failures.size(), 15)))).isEmpty();
    }

    /** What went wrong in one case, or an empty string. */
    private static String problem(Outcome outcome, Map<String, String> before, Map<String, String> after,
            Map<String, String> contentBefore, Map<String, String> contentAfter) {
        if (STACK_FRAME.matcher(outcome.output()).find()) {
            return "a stack trace or exception reached the user";
        }
        if (!contentAfter.equals(contentBefore)) {
            return "the build changed the content folder";
        }
        switch (outcome.exit()) {
            case ExitCodes.OK:
            case ExitCodes.POLICY:
                return after.containsKey("index.html") && after.containsKey(".handbook-site") ? "" : "the new site is incomplete";
            case ExitCodes.CONTENT:
                if (!after.equals(before)) {
                    return "the failed build changed the previous site";
                }
                List<String> errors = outcome.output().lines().filter(l -> l.contains(": error: ")).toList();
                if (errors.isEmpty()) {
                    return "exit 1 without an error diagnostic";
                }
                return errors.stream().allMatch(l -> ERROR_LINE.matcher(l).matches()) ? "" : "an error without file:line:column";
            default:
                return "exit code " + outcome.exit();
        }
    }

    private record Outcome(int exit, String output) {}

    private static Outcome build(Handbook shared, Path root, Path out) {
        StringWriter text = new StringWriter();
        CommandLine cli = HandbookCommand.create(shared);
        cli.setOut(new PrintWriter(text, true));
        cli.setErr(new PrintWriter(text, true));
        int exit = cli.execute("build", "--content", root.resolve("content").toString(), "--site", root.resolve("site").toString(),
                "--out", out.toString(), "--as-of", "2026-11-23");
        return new Outcome(exit, text.toString());
    }

    /** The record and page files of the example (its fixtures and images are read by snippets, not by handbook). */
    private static List<Path> mutable(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/fixtures/"))
                    .filter(p -> p.toString().matches(".*\\.(md|adoc|yaml|yml)$"))
                    .sorted()
                    .toList();
        }
    }

    private static Map<String, String> digest(Path tree) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(tree)) {
            return files;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(tree.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
