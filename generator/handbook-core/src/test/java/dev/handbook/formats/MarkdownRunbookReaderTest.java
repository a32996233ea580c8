package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import dev.handbook.schema.Schemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownRunbookReaderTest {

    private final MarkdownRunbookReader reader = new MarkdownRunbookReader();

    private ReadAdr read(String fileName, String text) {
        return ReadAdr.read(reader, EntryKind.RUNBOOK, fileName, text, Map.of());
    }

    @Test
    void readsHugoFrontMatterIgnoringItsPageKeysAndPreferringLastmodOverDate() {
        ReadAdr runbook = read("redis-down.md", """
                ---
                title: Redis down
                date: 2023-01-10T09:00:00+01:00
                lastmod: 2024-05-02T10:00:00Z
                weight: 10
                draft: false
                menu:
                  main: {parent: ops}
                aliases: [/old/redis]
                author: [team-cache, ana]
                tags: [redis, cache]
                ---
                # Redis down

                1. Check the pods.
                """);

        assertThat(runbook.values()).isEqualTo(Map.of("title", "Redis down", "last_reviewed", "2024-05-02", "owner", "team-cache",
                "tags", List.of("redis", "cache")));
        assertThat(runbook.at("last_reviewed")).isEqualTo("4:10");
        assertThat(runbook.body().source()).as("the H1 repeating the title is consumed").doesNotContain("# Redis down").contains("1. Check");
        assertThat(runbook.body().where().line()).isEqualTo(15);
        assertThat(runbook.diagnostics()).isEmpty();
        assertThat(runbook.schemaProblems(Schemas.RUNBOOK)).as("owner is given, so native validation passes").isEmpty();
    }

    @Test
    void takesTheTitleFromTheFirstH1WithoutFrontMatter() {
        ReadAdr runbook = read("restore-backup.md", "# Restore a *backup*\n\nRun `pgbackrest restore`.\n");

        assertThat(runbook.values()).isEqualTo(Map.of("title", "Restore a backup"));
        assertThat(runbook.at("title")).isEqualTo("1:3");
        assertThat(runbook.body().source()).isEqualTo("Run `pgbackrest restore`.\n");
    }

    @Test
    void alertRunbookNamedInCamelCaseSaysWhichAlertSendsSomeoneThere() {
        ReadAdr runbook = read("AlertmanagerClusterCrashlooping.md", """
                # Alertmanager cluster crashlooping

                ## Meaning
                Half or more of the Alertmanager instances are crashlooping.
                """);

        assertThat(runbook.values()).isEqualTo(Map.of("title", "Alertmanager cluster crashlooping",
                "when_to_use", "The `AlertmanagerClusterCrashlooping` alert fires.",
                "alerts", "AlertmanagerClusterCrashlooping")); // so the alert's page leads here
    }

    @Test
    void alertRunbookWithoutH1IsTitledByItsAlert() {
        ReadAdr runbook = read("KubePodNotReady.md", "## Meaning\n\nA pod is not ready.\n");

        assertThat(runbook.values()).containsEntry("title", "KubePodNotReady");
    }

    @Test
    void aFrontMatterTitleDifferentFromTheH1KeepsTheH1InTheBody() {
        ReadAdr runbook = read("x.md", "---\ntitle: Failover\nnav_order: 2\n---\n# Before you start\n\nText.\n");

        assertThat(runbook.values()).isEqualTo(Map.of("title", "Failover"));
        assertThat(runbook.body().source()).startsWith("# Before you start");
    }

    @Test
    void sourceFieldsMapRenamesKeysBeforeTheyAreRead() {
        ReadAdr runbook = ReadAdr.read(reader, EntryKind.RUNBOOK, "x.md", "---\nreviewed: 2024-02-03\nteam: sre\n---\n# X\n",
                Map.of("reviewed", "last_reviewed", "team", "owner"));

        assertThat(runbook.values()).isEqualTo(Map.of("last_reviewed", "2024-02-03", "owner", "sre", "title", "X"));
    }

    @Test
    void readsHugoTomlFrontMatterLikeYaml() {
        ReadAdr runbook = read("redis-down.md", """
                +++
                title = "Redis down"
                date = 2023-01-10
                lastmod = 2024-05-02T10:00:00Z
                weight = 10
                draft = false
                authors = ["team-cache", "ana"]
                tags = ["redis", "cache"]

                [menu.main]
                parent = "ops"
                +++
                # Redis down

                1. Check the pods.
                """);

        assertThat(runbook.values()).isEqualTo(Map.of("title", "Redis down", "last_reviewed", "2024-05-02", "owner", "team-cache",
                "tags", List.of("redis", "cache")));
        assertThat(runbook.messages()).isEmpty();
        assertThat(runbook.positions()).as("the lines of `lastmod`, `authors` and `tags`")
                .containsEntry("last_reviewed", "4:1").containsEntry("owner", "7:1").containsEntry("tags", "8:1");
        assertThat(runbook.body().source()).as("front matter and the title's H1 leave the body").isEqualTo("1. Check the pods.\n");
    }

    @Test
    void tomlDateIsTheReviewDateWhenThereIsNoLastmod() {
        ReadAdr runbook = read("x.md", "+++\ntitle = 'X'\ndate = 2021-03-04\n+++\nText.\n");

        assertThat(runbook.values()).containsEntry("last_reviewed", "2021-03-04").containsEntry("title", "X");
    }

    @Test
    void brokenTomlFrontMatterIsAnErrorAtItsLineAndColumn() {
        ReadAdr runbook = read("x.md", "+++\ntitle = \"X\"\nweight = \"unclosed\n+++\nText.\n");

        assertThat(runbook.result()).isInstanceOf(FormatResult.Failed.class);
        assertThat(runbook.messages()).singleElement().asString()
                .startsWith("runbooks/x.md:3:19: error: Invalid TOML front matter: ").endsWith("[toml.syntax]");
    }

    @Test
    void recognisesForeignFrontMatterAndPlainMarkdownButNotHandbooksOwn() {
        assertThat(reader.recognises(ReadAdr.input(EntryKind.RUNBOOK, "a.md", "---\ntitle: A\nweight: 3\n---\n", false, Map.of()))).isTrue();
        assertThat(reader.recognises(ReadAdr.input(EntryKind.RUNBOOK, "a.md", "# A\n", false, Map.of()))).isTrue();
        assertThat(reader.recognises(ReadAdr.input(EntryKind.RUNBOOK, "a.md", "---\ntitle: A\nowner: x\n---\n", false, Map.of()))).isFalse();
        assertThat(reader.recognises(ReadAdr.input(EntryKind.RUNBOOK, "a.adoc", "= A\n", false, Map.of()))).isFalse();
    }
}
