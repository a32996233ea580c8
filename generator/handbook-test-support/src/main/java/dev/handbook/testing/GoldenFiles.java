package dev.handbook.testing;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Compares generated files with checked-in goldens, like Zola's {@code insta} snapshots: a run never rewrites a golden
 * and passes. {@code -Dhandbook.updateGolden=true} writes {@code X.new} beside each golden {@code X} that differs
 * ({@code X.deleted.new} for one that should go) and still fails; after review, {@code -Dhandbook.acceptGolden=true}
 * moves them over the goldens. A plain run fails while {@code .new} files are pending, so none is forgotten.
 *
 * <pre><code>
 * GoldenFiles.assertTreeMatches(out, site.resolve("expected"), "assets/vendor");   // vendor as a hash manifest
 * GoldenFiles.assertTextMatches(printed, site.resolve("expected-diagnostics.txt"));
 * </code></pre>
 */
public final class GoldenFiles {

    /** Kept for callers that name it; see {@link GoldenMode}. */
    public static final String UPDATE_PROPERTY = GoldenMode.UPDATE_PROPERTY;

    private static final String REVIEW = "Review them (diff X X.new), then accept them with -D" + GoldenMode.ACCEPT_PROPERTY
            + "=true on the same test run, or delete them.";

    private GoldenFiles() {}

    /**
     * Asserts that {@code actual} holds exactly the files of {@code expected}, byte for byte, listing every difference.
     * Each of {@code vendored} (folders relative to {@code actual}) is compared as {@code <folder>.sha256}: file names,
     * sizes and hashes, not text.
     */
    public static void assertTreeMatches(Path actual, Path expected, String... vendored) {
        assertTreeMatches(actual, expected, List.of(vendored), GoldenMode.current());
    }

    /** Asserts one text file's content. */
    public static void assertTextMatches(String actual, Path expected) {
        assertTextMatches(actual, expected, GoldenMode.current());
    }

    /** Relative paths (forward slashes) of all regular files under {@code root}. */
    public static Set<String> list(Path root) {
        return GoldenTree.list(root);
    }

    static void assertTreeMatches(Path actual, Path expected, List<String> vendored, GoldenMode mode) {
        compare(expected, GoldenTree.read(actual, vendored), () -> pendingIn(expected), () -> goldensIn(expected), mode);
    }

    static void assertTextMatches(String actual, Path expected, GoldenMode mode) {
        String name = expected.getFileName().toString();
        Path folder = expected.toAbsolutePath().getParent();
        compare(folder, Map.of(name, actual.getBytes(StandardCharsets.UTF_8)), () -> PendingFiles.of(folder.resolve(name)),
                () -> GoldenTree.list(folder).contains(name) ? Set.of(name) : Set.of(), mode);
    }

    private static void compare(Path root, Map<String, byte[]> produced, Supplier<List<Path>> pending,
            Supplier<Set<String>> goldens, GoldenMode mode) {
        switch (mode) {
            case ACCEPT -> pending.get().forEach(PendingFiles::accept);
            case UPDATE -> pending.get().forEach(PendingFiles::delete); // an earlier update's, maybe stale now
            case CHECK -> {
                if (!pending.get().isEmpty()) {
                    fail("Golden files pending review in " + root.toAbsolutePath().normalize() + ":\n  " + paths(pending.get()) + "\n" + REVIEW);
                }
            }
        }
        Set<String> expected = goldens.get();
        List<Difference> differences = new ArrayList<>();
        for (String missing : difference(expected, produced.keySet())) {
            differences.add(new Difference("missing: " + missing, root.resolve(missing), null));
        }
        for (Map.Entry<String, byte[]> file : produced.entrySet()) {
            Path golden = root.resolve(file.getKey());
            if (!expected.contains(file.getKey())) {
                differences.add(new Difference("unexpected: " + file.getKey(), golden, file.getValue()));
            } else if (!Arrays.equals(GoldenTree.bytes(golden), file.getValue())) {
                String where = firstDifference(text(file.getValue()), text(GoldenTree.bytes(golden)));
                differences.add(new Difference(file.getKey() + ": " + where, golden, file.getValue()));
            }
        }
        if (differences.isEmpty()) {
            return;
        }
        String listed = "Generated files differ from the goldens in " + root.toAbsolutePath().normalize() + ":\n  "
                + String.join("\n  ", differences.stream().map(Difference::line).toList());
        if (mode == GoldenMode.UPDATE) {
            List<Path> written = differences.stream().map(Difference::writePending).toList();
            fail(listed + "\nWrote " + written.size() + " file(s) for review:\n  " + paths(written) + "\n" + REVIEW);
        }
        fail(listed + "\nRerun with -D" + GoldenMode.UPDATE_PROPERTY + "=true to write the new output beside the goldens as .new files.");
    }

    /** One way the output differs from a golden, and what the golden would become: {@code null} content to delete it. */
    private record Difference(String line, Path golden, byte[] content) {
        Path writePending() {
            return content == null ? PendingFiles.writeDeletion(golden) : PendingFiles.writeReplacement(golden, content);
        }
    }

    /** The pending files of a golden tree. */
    private static List<Path> pendingIn(Path root) {
        return GoldenTree.list(root).stream().filter(PendingFiles::isPending).map(root::resolve).toList();
    }

    /** The goldens of a tree: every file but the pending ones. */
    private static Set<String> goldensIn(Path root) {
        Set<String> goldens = new TreeSet<>(GoldenTree.list(root));
        goldens.removeIf(PendingFiles::isPending);
        return goldens;
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

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> left = new TreeSet<>(a);
        left.removeAll(b);
        return left;
    }

    private static String paths(List<Path> files) {
        return String.join("\n  ", files.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
    }
}
