package dev.handbook.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares generated files with checked-in expectations. Run the tests with {@code -Dhandbook.updateGolden=true} to
 * rewrite the expectations instead, then review the change in the diff.
 */
public final class GoldenFiles {

    public static final String UPDATE_PROPERTY = "handbook.updateGolden";

    private GoldenFiles() {}

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** Asserts that {@code actual} holds exactly the files of {@code expected}, byte for byte, listing every difference. */
    public static void assertTreeMatches(Path actual, Path expected) {
        if (updating()) {
            replaceTree(actual, expected);
            return;
        }
        Set<String> actualFiles = list(actual);
        Set<String> expectedFiles = list(expected);
        List<String> problems = new ArrayList<>();
        for (String missing : difference(expectedFiles, actualFiles)) {
            problems.add("missing: " + missing);
        }
        for (String extra : difference(actualFiles, expectedFiles)) {
            problems.add("unexpected: " + extra);
        }
        for (String both : actualFiles) {
            if (expectedFiles.contains(both)) {
                firstDifference(actual.resolve(both), expected.resolve(both)).ifPresent(d -> problems.add(both + ": " + d));
            }
        }
        if (!problems.isEmpty()) {
            fail("Generated files differ from " + expected + " (rerun with -D" + UPDATE_PROPERTY + "=true to accept):\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Asserts one text file's content, or rewrites it when updating. */
    public static void assertTextMatches(String actual, Path expected) {
        try {
            if (updating()) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual);
                return;
            }
            if (!Files.exists(expected)) {
                fail("Missing golden file " + expected + " (rerun with -D" + UPDATE_PROPERTY + "=true to create it)");
            }
            String wanted = Files.readString(expected);
            if (!wanted.equals(actual)) {
                fail(expected + " differs (rerun with -D" + UPDATE_PROPERTY + "=true to accept):\n"
                        + firstDifference(actual, wanted));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<String> firstDifference(Path actual, Path expected) {
        try {
            byte[] a = Files.readAllBytes(actual);
            byte[] e = Files.readAllBytes(expected);
            if (java.util.Arrays.equals(a, e)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(firstDifference(new String(a, StandardCharsets.UTF_8), new String(e, StandardCharsets.UTF_8)));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The first differing line of two texts, with its number. */
    static String firstDifference(String actual, String expected) {
        List<String> a = actual.lines().toList();
        List<String> e = expected.lines().toList();
        for (int i = 0; i < Math.max(a.size(), e.size()); i++) {
            String al = i < a.size() ? a.get(i) : "<end of file>";
            String el = i < e.size() ? e.get(i) : "<end of file>";
            if (!al.equals(el)) {
                return "line " + (i + 1) + "\n    expected: " + el + "\n    actual:   " + al;
            }
        }
        return "line endings or trailing newline differ";
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Relative paths (forward slashes) of all regular files under {@code root}. */
    public static Set<String> list(Path root) {
        if (!Files.isDirectory(root)) {
            return new TreeSet<>();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replaceTree(Path from, Path to) {
        try {
            if (Files.exists(to)) {
                try (Stream<Path> walk = Files.walk(to)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (String file : list(from)) {
                Path target = to.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(from.resolve(file), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
