package dev.handbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WrittenOptionsTest {

    private static final EntryId OWNER = new EntryId(EntryKind.RUNBOOK, "r");

    @Test
    void aMarkdownInfoStringSeparatesListItemsWithCommas() {
        WrittenOptions options = WrittenOptions.ofWords(SnippetOptions.words("requires=psql,kubectl env=PGHOST,PGUSER timeout=20s"), ",");

        assertThat(options.requires()).containsExactly("psql", "kubectl");
        assertThat(options.env()).containsExactly("PGHOST", "PGUSER");
        assertThat(options.value(SnippetOption.TIMEOUT, "")).isEqualTo("20s");
    }

    @Test
    void asciidocAttributesSeparateListItemsWithSemicolonsSoACommaStaysInItsItem() {
        WrittenOptions options = WrittenOptions.ofWords(Map.of("env", "VAULT_ADDR;VAULT_CACERT", "requires", "a,b"), ";");

        assertThat(options.env()).containsExactly("VAULT_ADDR", "VAULT_CACERT");
        assertThat(options.requires()).containsExactly("a,b");
    }

    @Test
    void listItemsReachTheSnippetAsWritten() {
        WrittenOptions options = new WrittenOptions(Map.of(SnippetOption.NAME, "n"), List.of("psql"), List.of("A,B"), List.of());

        Snippet snippet = SnippetOptions.build(OWNER, "sh", "true", options, "check 1", SourcePosition.of("r.md", 1, 1), new Diagnostics()).orElseThrow();

        assertThat(snippet.env()).containsExactly("A,B");
        assertThat(snippet.requires()).containsExactly("psql");
        assertThat(snippet.name()).isEqualTo("n");
    }

    @Test
    void anUnknownOptionIsReportedWithTheNearestName() {
        Diagnostics diagnostics = new Diagnostics();
        WrittenOptions options = WrittenOptions.ofWords(SnippetOptions.words("timout=5s"), ",");

        assertThat(SnippetOptions.build(OWNER, "sh", "true", options, "check 1", SourcePosition.of("r.md", 3, 1), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("verify.option");
            assertThat(d.hint()).contains("timeout");
        });
    }
}
