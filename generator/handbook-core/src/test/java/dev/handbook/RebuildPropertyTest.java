package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.render.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After every step of a random sequence of edits (body, title, tags, added, deleted and renamed files, a reference
 * broken and fixed, a drill moved, the site's title), the preview's rebuild gives exactly the site and diagnostics of
 * a full build. 10 sequences of 20 edits, each from its own fixed seed: 200 steps in every test run, the same ones
 * each time, so a failure names the seed and the edits that led to it and reruns as it failed.
 */
class RebuildPropertyTest {

    static final int STEPS = 20;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyRebuildEqualsAFullBuild(long seed) throws IOException {
        Random random = new Random(seed);
        List<SiteEdit> edits = Stream.generate(() -> edit(random)).limit(STEPS).toList();
        Path root = Files.createTempDirectory("rebuild-property");
        try {
            TestSites.copy("basic", root);
            Snapshot current = TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")), true);
            List<SiteEdit> applied = new ArrayList<>();
            for (SiteEdit edit : edits) {
                applied.add(edit);
                List<Path> changed = edit.apply(root).stream().map(root::resolve).toList();
                Snapshot incremental = TestSites.HANDBOOK.rebuild(current, changed);
                Snapshot full = TestSites.HANDBOOK.snapshot(current.options(), true);
                assertSameSite(incremental, full, applied);
                current = incremental;
            }
        } finally {
            delete(root);
        }
    }

    /** One edit of any kind, with random choices of file, word and number. */
    static SiteEdit edit(Random random) {
        int index = random.nextInt(41);
        int word = random.nextInt(SiteEdit.WORDS.size());
        int number = 1 + random.nextInt(6);
        return switch (random.nextInt(9)) {
            case 0 -> new SiteEdit.EditBody(index, word);
            case 1 -> new SiteEdit.Retitle(index, word);
            case 2 -> new SiteEdit.Retag(index, word, random.nextInt(SiteEdit.WORDS.size()));
            case 3 -> new SiteEdit.AddRunbook(number, index);
            case 4 -> new SiteEdit.Delete(index);
            case 5 -> new SiteEdit.Rename(index, number);
            case 6 -> new SiteEdit.ToggleReference();
            case 7 -> new SiteEdit.RedateDrill(random.nextInt(12));
            default -> new SiteEdit.RetitleSite(word);
        };
    }

    private static void assertSameSite(Snapshot incremental, Snapshot full, List<SiteEdit> applied) {
        String after = "after " + applied.size() + " edits: " + applied;
        assertThat(incremental.diagnostics()).as(after).map(Diagnostic::format)
                .isEqualTo(full.diagnostics().stream().map(Diagnostic::format).toList());
        assertThat(incremental.pages().keySet()).as(after).isEqualTo(full.pages().keySet());
        for (Map.Entry<String, Page> page : full.pages().entrySet()) {
            byte[] rebuilt = incremental.pages().get(page.getKey()).content();
            if (!Arrays.equals(rebuilt, page.getValue().content())) { // show the difference as text, then fail on the bytes
                assertThat(new String(rebuilt, StandardCharsets.UTF_8)).as(page.getKey() + " " + after).isEqualTo(page.getValue().text());
                assertThat(rebuilt).as(page.getKey() + " " + after).isEqualTo(page.getValue().content());
            }
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
