package dev.handbook.formats;

import dev.handbook.BuildOptions;
import dev.handbook.BuildResult;
import dev.handbook.Handbook;
import dev.handbook.diagnostics.Severity;
import dev.handbook.testing.ToolRun;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collection written by Debian's real adr-tools, read in place; adr-tools keeps working on it afterwards. */
class AdrToolsClientTest {

    @TempDir Path repo;

    @Test
    void readsWhatAdrToolsWritesAndLeavesItWorkingAndUnchanged() throws Exception {
        assumeTrue(ToolRun.onPath("adr"), "adr-tools is not installed (apt-get install adr-tools)");
        ToolRun.run(repo, Map.of("ADR_DATE", "2024-05-02"), "adr", "init", "doc/adr");
        ToolRun.run(repo, Map.of("ADR_DATE", "13/05/2024"), "adr", "new", "Use", "Postgres");
        ToolRun.run(repo, Map.of("ADR_DATE", "14/05/24"), "adr", "new", "-s", "2", "Use", "MySQL");
        ToolRun.run(repo, Map.of("ADR_DATE", "2024-05-20"), "adr", "new", "Add", "caching");
        ToolRun.run(repo, Map.of(), "adr", "link", "4", "Amends", "3", "Amended by");
        Map<String, String> before = ToolRun.checksums(repo);

        Map<String, Map<String, Object>> read = readAll(repo.resolve("doc/adr"));

        assertThat(read.get("0001-record-architecture-decisions.md")).isEqualTo(Map.of(
                "title", "Record architecture decisions", "date", "2024-05-02", "status", "accepted"));
        assertThat(read.get("0002-use-postgres.md")).isEqualTo(Map.of(
                "title", "Use Postgres", "date", "2024-05-13", "status", "superseded",
                "superseded_by", List.of("0003-use-mysql")));
        assertThat(read.get("0003-use-mysql.md")).isEqualTo(Map.of(
                "title", "Use MySQL", "date", "2024-05-14", "status", "accepted",
                "supersedes", List.of("0002-use-postgres"), "relations", List.of("Amended by 0004-add-caching")));
        assertThat(read.get("0004-add-caching.md")).isEqualTo(Map.of(
                "title", "Add caching", "date", "2024-05-20", "status", "accepted",
                "relations", List.of("Amends 0003-use-mysql")));
        assertThat(ToolRun.run(repo, Map.of(), "adr", "list")).contains("doc/adr/0004-add-caching.md");
        assertThat(ToolRun.run(repo, Map.of(), "adr", "generate", "toc")).contains("* [3. Use MySQL](0003-use-mysql.md)");
        assertThat(ToolRun.checksums(repo)).isEqualTo(before);

        // The same folder as a source of a whole build: relations link both ways, in the verb's words.
        Files.createDirectories(repo.resolve("site"));
        Files.writeString(repo.resolve("site/handbook.yaml"), "title: t\nsources:\n  - path: doc/adr\n    kind: adr\n");
        Path out = repo.resolve("target/handbook");
        BuildResult result;
        try (Handbook handbook = new Handbook()) {
            result = handbook.build(BuildOptions.defaults(repo).withOut(out).withAsOf(LocalDate.of(2024, 6, 1)));
        }
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
        Document mysql = Jsoup.parse(Files.readString(out.resolve("adrs/0003-use-mysql.html")));
        assertThat(fact(mysql, "Supersedes")).isEqualTo("Use Postgres");
        assertThat(fact(mysql, "Amended by")).isEqualTo("Add caching");
        assertThat(fact(Jsoup.parse(Files.readString(out.resolve("adrs/0004-add-caching.html"))), "Amends")).isEqualTo("Use MySQL");
        assertThat(Jsoup.parse(Files.readString(out.resolve("adrs/0002-use-postgres.html"))).select(".callout.superseded").text())
                .contains("Use MySQL");
        Map<String, String> after = ToolRun.checksums(repo);
        before.forEach((path, sum) -> assertThat(after.get(path)).as(path).isEqualTo(sum));
    }

    /** The text of the links in the fact row labelled {@code label} of an ADR page. */
    private static String fact(Document page, String label) {
        return page.select(".fact").stream().filter(f -> f.selectFirst("dt").text().equals(label)).findFirst()
                .map(f -> f.select("dd a").text()).orElse("no row '" + label + "'");
    }

    /** Every Markdown file of {@code folder}, detected and read as {@code format: auto} would. */
    static Map<String, Map<String, Object>> readAll(Path folder) throws Exception {
        Map<String, Map<String, Object>> read = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String name = file.getFileName().toString();
                FormatInput input = new FormatInput(EntryKind.ADR, SourceFormat.MARKDOWN, name, "doc/adr/" + name,
                        Files.readString(file), FormatInput.Collection.NONE);
                FormatReader reader = FormatReaders.standard().detect(input).orElseThrow(() -> new AssertionError("not detected: " + name));
                Diagnostics diagnostics = new Diagnostics();
                ReadAdr adr = new ReadAdr(reader.read(input, diagnostics), diagnostics.sorted());
                assertThat(adr.diagnostics()).as(name).isEmpty();
                read.put(name, adr.values());
            }
        }
        return read;
    }
}
