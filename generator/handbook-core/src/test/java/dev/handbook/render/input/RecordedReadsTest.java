package dev.handbook.render.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Snapshot;
import dev.handbook.TestSites;
import dev.handbook.model.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild checks a page's reads about one record only for the records whose facts changed: at 10,000 records this
 * is what keeps a one-record edit from asking hundreds of thousands of questions again.
 */
class RecordedReadsTest {

    private static final Map<String, AtomicInteger> ASKED = new ConcurrentHashMap<>();

    /** The title of a record, counting how often it is worked out. */
    record TitleOf(String name) implements Query<String> {
        public String about() {
            return name;
        }

        public String answer(BuildFacts facts) {
            ASKED.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            return facts.catalog().find(name).map(Entry::title).orElse("");
        }
    }

    @TempDir Path root;

    @Test
    void aRebuildAsksAgainOnlyTheReadsAboutChangedRecords() throws IOException {
        TestSites.copy("basic", root);
        Snapshot before = TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")), true);
        RenderInput page = new RenderInput(before.site().facts().orElseThrow());
        page.ask(new TitleOf("db-failover"));
        page.ask(new TitleOf("api"));
        RecordedReads reads = page.reads();

        Path runbook = root.resolve("content/runbooks/db-failover.md");
        Files.writeString(runbook, Files.readString(runbook) + "\nOne more line.\n");
        Snapshot bodyEdited = TestSites.HANDBOOK.rebuild(before, List.of(runbook));
        ASKED.clear();
        assertThat(reads.alike(bodyEdited.site().facts().orElseThrow())).as("the titles did not change").isTrue();
        assertThat(ASKED).containsOnlyKeys("db-failover");

        Files.writeString(runbook, Files.readString(runbook).replaceFirst("(?m)^title: .*$", "title: Promote the standby database"));
        Snapshot retitled = TestSites.HANDBOOK.rebuild(bodyEdited, List.of(runbook));
        ASKED.clear();
        assertThat(reads.alike(retitled.site().facts().orElseThrow())).as("one title changed").isFalse();
        assertThat(ASKED).containsOnlyKeys("db-failover");
    }
}
