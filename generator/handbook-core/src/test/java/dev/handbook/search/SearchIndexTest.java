package dev.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.ScratchHandbook;
import dev.handbook.Snapshot;
import dev.handbook.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the browser's search gets: one document per record, safe to load as a script, rebuilt only where needed. */
class SearchIndexTest {

    @TempDir Path root;

    @Test
    void everyRecordIsADocumentWithItsTitleIdTagsOwnerAndBodyText() throws Exception {
        Snapshot snapshot = handbook().write("content/runbooks/b.md", RUNBOOK).snapshot();

        JsonNode docs = docs(snapshot);
        assertThat(docs).hasSize(2);
        JsonNode runbook = docs.get(0);
        assertThat(runbook.get("u").asText()).isEqualTo("runbooks/b.html");
        assertThat(runbook.get("t").asText()).isEqualTo("Fail over </script><b>now</b>");
        assertThat(runbook.get("k").asText()).isEqualTo("Runbook");
        assertThat(runbook.get("i").asText()).isEqualTo("b");
        assertThat(runbook.get("g").asText()).isEqualTo("db on-call");
        assertThat(runbook.get("o").asText()).isEqualTo("team-data");
        assertThat(runbook.get("b").asText()).contains("Promote the replica", "pg_ctl promote").doesNotContain("<", "**");
    }

    @Test
    void textFromContentCannotEndTheScript() {
        String script = handbook().write("content/runbooks/b.md", RUNBOOK).snapshot().pages().get(SearchIndex.PATH).text();
        assertThat(script).startsWith("window." + SearchIndex.GLOBAL + " = ").doesNotContain("</", "<b>", "<!--");
    }

    @Test
    void longBodiesAreCut() throws Exception {
        String body = "word ".repeat(SearchIndex.bodyCap(2));
        Snapshot snapshot = handbook().write("content/runbooks/b.md", RUNBOOK + body).snapshot();
        assertThat(docs(snapshot).get(0).get("b").asText()).hasSize(SearchIndex.bodyCap(2));
    }

    @Test
    void aRebuildReindexesAChangedRecord() throws Exception {
        ScratchHandbook handbook = handbook().write("content/runbooks/b.md", RUNBOOK);
        Snapshot before = handbook.snapshot();
        handbook.write("content/runbooks/b.md", RUNBOOK.replace("Promote the replica", "Promote the standby"));
        Snapshot after = TestSites.HANDBOOK.rebuild(before, List.of(root.resolve("content/runbooks/b.md")));

        assertThat(docs(after).get(0).get("b").asText()).contains("Promote the standby");
        assertThat(after.pages().get(SearchIndex.PATH).text()).isEqualTo(handbook.snapshot().pages().get(SearchIndex.PATH).text());
    }

    private ScratchHandbook handbook() {
        return new ScratchHandbook(root).write("content/spofs/db.yaml", """
                title: Database primary
                owner: team-data
                component: Postgres
                failure_mode: The primary dies.
                runbook: b
                status: open
                """);
    }

    private static JsonNode docs(Snapshot snapshot) throws Exception {
        String script = snapshot.pages().get(SearchIndex.PATH).text();
        String json = script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1);
        return new ObjectMapper().readTree(json).get("docs");
    }

    static final String RUNBOOK = """
            ---
            title: Fail over </script><b>now</b>
            owner: team-data
            last_reviewed: 2026-11-01
            tags: [db, on-call]
            spofs: [db]
            ---
            Promote the replica **now**:

            ```sh
            pg_ctl promote
            ```
            """;
}
