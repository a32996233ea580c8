package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.formats.AdrStatusTable;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.Entry;
import dev.handbook.parse.FileIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/formats.md says what handbook reads from each format; this builds its examples and holds it to every claim:
 * the fields in its tables, the status table, the ids, the skipped-files lines, and links and files in bodies.
 */
class FormatsDocTest {

    @TempDir static Path root;

    static FormatsDoc doc;
    static Snapshot snapshot;
    static Map<String, String> unchanged;

    @BeforeAll
    static void buildTheExamples() throws IOException {
        doc = new FormatsDoc();
        for (Map.Entry<String, String> file : doc.blocks("file").entrySet()) {
            Files.createDirectories(root.resolve(file.getKey()).getParent());
            Files.writeString(root.resolve(file.getKey()), file.getValue());
        }
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/handbook.yaml"), doc.config());
        unchanged = Checksums.of(root.resolve("doc"), root.resolve("docs"), root.resolve("ops"), root.resolve("incidents"));
        snapshot = TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("target/handbook")), true);
    }

    @Test
    void theExamplesBuildWithoutErrorsAndNoFileChanges() throws IOException {
        assertThat(snapshot.diagnostics()).as("errors").filteredOn(d -> d.severity() == Severity.ERROR).extracting(Diagnostic::format).isEmpty();
        assertThat(snapshot.diagnostics()).as("the warnings the page names: the ERB tag, the open task without owner and due date")
                .extracting(Diagnostic::code).containsOnly("erb.removed", "action.owner", "action.due");
        assertThat(Checksums.of(root.resolve("doc"), root.resolve("docs"), root.resolve("ops"), root.resolve("incidents"))).isEqualTo(unchanged);
    }

    @Test
    void everyRecordHoldsTheFieldsItsTableClaims() {
        assertThat(doc.arguments("expect")).as("a table for every record of the examples")
                .containsExactlyInAnyOrderElementsOf(snapshot.catalog().entries().stream().map(e -> e.meta().sourcePath()).toList());
        for (String path : doc.arguments("expect")) {
            Map<String, String> fields = RecordFields.of(record(path));
            List<List<String>> rows = doc.rows("expect", path);
            assertThat(rows).as(path + ": the table names the title").anySatisfy(row -> assertThat(row.get(1)).isEqualTo("title"));
            for (List<String> row : rows) {
                assertThat(fields).as(path + ": a field of the record").containsKey(row.get(1));
                assertThat(fields.get(row.get(1))).as(path + ": " + row.get(1) + " from " + row.get(0)).isEqualTo(row.get(2));
            }
        }
    }

    @Test
    void theSkippedLinesAreTheBuildsSummary() {
        StringBuilder lines = new StringBuilder();
        snapshot.skipped().forEach((reason, paths) -> lines.append("skipped ").append(paths.size()).append(' ').append(reason).append(": ")
                .append(String.join(" ", paths)).append('\n'));
        assertThat(doc.blocks("skipped")).containsOnlyKeys("").containsValue(lines.toString());
    }

    @Test
    void linksToRecordFilesGoToTheirPagesAndLinkedFilesAreCopied() {
        String redis = page("runbooks/redis-down.html");
        assertThat(redis).contains("href=\"../adrs/0002-use-postgresql.html#decision\"", "src=\"../files/ops/runbooks/img/failover.svg\"");
        assertThat(snapshot.pages()).containsKey("files/ops/runbooks/img/failover.svg");
        assertThat(page("adrs/0002-keep-one-file-per-decision.html")).as("a relation shows on the other page too")
                .contains("href=\"../adrs/0001-use-madr.html\"");
        assertThat(page("adrs/0001-use-madr.html")).contains("Refined by");
    }

    @Test
    void theStatusTableIsTheOneHandbookUses() {
        AdrStatusTable table = AdrStatusTable.standard();
        TreeSet<String> written = new TreeSet<>();
        for (List<String> row : doc.rows("status-table", null)) {
            for (String word : row.get(1).split(",\\s*")) {
                assertThat(table.lookup(word)).as(word).hasValue(AdrStatus.valueOf(row.get(0).toUpperCase()));
                written.add(word);
            }
        }
        assertThat(written).as("every spelling the table accepts").containsExactlyElementsOf(table.allowed());
    }

    @Test
    void theIdsAreTheFileNameRulesIds() {
        List<List<String>> rows = doc.rows("ids", null);
        assertThat(rows).isNotEmpty();
        for (List<String> row : rows) {
            String name = row.get(0).replace("`", "");
            assertThat(FileIds.fromFileName(name.substring(0, name.lastIndexOf('.')))).as(name).isEqualTo(row.get(1));
        }
    }

    private static Entry record(String path) {
        Optional<Entry> entry = snapshot.catalog().entries().stream().filter(e -> e.meta().sourcePath().equals(path)).findFirst();
        assertThat(entry).as("a record built from " + path + "; skipped: " + snapshot.skipped() + ", problems: "
                + Arrays.toString(snapshot.diagnostics().toArray())).isPresent();
        return entry.get();
    }

    private static String page(String path) {
        assertThat(snapshot.pages()).containsKey(path);
        return snapshot.pages().get(path).text();
    }
}
