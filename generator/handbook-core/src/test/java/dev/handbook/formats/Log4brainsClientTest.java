package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.testing.ToolRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MADR collection written by npm's real log4brains ({@code init}, {@code adr new}), with statuses then edited as a
 * team does; handbook reads it with {@code format: madr} and log4brains lists the same statuses afterwards.
 */
class Log4brainsClientTest {

    private static final Map<String, String> GIT = Map.of(
            "GIT_AUTHOR_NAME", "t", "GIT_AUTHOR_EMAIL", "t@example.invalid",
            "GIT_COMMITTER_NAME", "t", "GIT_COMMITTER_EMAIL", "t@example.invalid");

    @TempDir Path repo;

    @Test
    void readsWhatLog4brainsWritesAndAgreesWithItsList() throws Exception {
        assumeTrue(ToolRun.onPath("log4brains") && ToolRun.onPath("git"), "log4brains is not installed (npm install -g log4brains@1.1.0)");
        ToolRun.run(repo, GIT, "git", "init", "-q", ".");
        ToolRun.run(repo, GIT, "git", "commit", "-q", "--allow-empty", "-m", "start"); // log4brains dates ADRs from git
        ToolRun.run(repo, GIT, "log4brains", "init", "--defaults");
        String postgres = ToolRun.run(repo, GIT, "log4brains", "adr", "new", "--quiet", "Use Postgres").strip();
        String mysql = ToolRun.run(repo, GIT, "log4brains", "adr", "new", "--quiet", "Use MySQL").strip();
        Path adrs = repo.resolve("docs/adr");
        edit(adrs.resolve(postgres + ".md"), "- Status: .*", "- Status: superseded by [Use MySQL](" + mysql + ".md)");
        edit(adrs.resolve(mysql + ".md"), "- Status: .*", "- Status: accepted");
        edit(adrs.resolve(mysql + ".md"), "- Date: .*", "- Date: 2024-05-14");
        edit(adrs.resolve(mysql + ".md"), "- Tags: .*", "- Tags: database storage");
        Map<String, String> before = ToolRun.checksums(repo);

        Map<String, Object> read = readAll(adrs);

        assertThat(read).containsEntry("README.md", "skipped").containsEntry("index.md", "skipped").containsEntry("template.md", "skipped");
        assertThat(field(read, postgres, "status")).isEqualTo("superseded");
        assertThat(field(read, postgres, "superseded_by")).isEqualTo(List.of(mysql));
        assertThat(field(read, postgres, "date")).isEqualTo(postgres.replaceAll("^(\\d{4})(\\d\\d)(\\d\\d)-.*", "$1-$2-$3"));
        assertThat(field(read, mysql, "status")).isEqualTo("accepted");
        assertThat(field(read, mysql, "date")).isEqualTo("2024-05-14");
        assertThat(field(read, mysql, "tags")).isEqualTo(List.of("database", "storage"));
        String relates = read.keySet().stream().filter(k -> k.contains("use-markdown-architectural")).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) read.get(relates)).get("relations").toString()).contains("Relates to ").contains("-use-log4brains-to-manage-the-adrs");
        String list = ToolRun.run(repo, GIT, "log4brains", "adr", "list", "--raw");
        assertThat(list).contains(postgres + ",SUPERSEDED,", mysql + ",ACCEPTED,");
        assertThat(ToolRun.checksums(repo)).isEqualTo(before);
    }

    private static Object field(Map<String, Object> read, String slug, String key) {
        return ((Map<?, ?>) read.get(slug + ".md")).get(key);
    }

    private static void edit(Path file, String line, String replacement) throws Exception {
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^" + line + "$", replacement));
    }

    /** Every Markdown file of {@code folder} read as {@code format: madr}: its fields, or {@code skipped}. */
    private static Map<String, Object> readAll(Path folder) throws Exception {
        Map<String, Object> read = new TreeMap<>();
        FormatReader madr = FormatReaders.standard().named("madr").orElseThrow();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String name = file.getFileName().toString();
                FormatInput input = new FormatInput(EntryKind.ADR, SourceFormat.MARKDOWN, name, "docs/adr/" + name,
                        Files.readString(file), FormatInput.Collection.NONE);
                Diagnostics diagnostics = new Diagnostics();
                ReadAdr adr = new ReadAdr(madr.read(input, diagnostics), diagnostics.sorted());
                assertThat(adr.diagnostics()).as(name).isEmpty();
                read.put(name, adr.result() instanceof FormatResult.Skipped ? "skipped" : adr.values());
            }
        }
        return read;
    }
}
