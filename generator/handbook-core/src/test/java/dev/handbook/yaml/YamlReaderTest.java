package dev.handbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private YamlMap read(String yaml, int firstLine) {
        return (YamlMap) new YamlReader().read(yaml, "f.yaml", firstLine, diagnostics).orElseThrow();
    }

    private String text(YamlMap map, String key) {
        return ((YamlScalar) map.entry(key).orElseThrow().value()).text();
    }

    @Test
    void scalarsKeepTheirTextSoImplicitTypingNeverBites() {
        YamlMap map = read("tier: 0032\ntime: 15:06\non: yes\ndate: 2026-03-01\nhex: 0x1F\nrpo: 0\n", 1);

        assertThat(text(map, "tier")).isEqualTo("0032");
        assertThat(text(map, "time")).isEqualTo("15:06");
        assertThat(text(map, "on")).isEqualTo("yes");
        assertThat(text(map, "date")).isEqualTo("2026-03-01");
        assertThat(text(map, "hex")).isEqualTo("0x1F");
        assertThat(text(map, "rpo")).isEqualTo("0");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void positionsAreLinesAndColumnsInTheFile() {
        YamlMap map = read("title: X\ntags:\n  - a\n  - b\n", 2);

        assertThat(map.entry("tags").orElseThrow().keyPosition()).isEqualTo(SourcePosition.of("f.yaml", 3, 1));
        YamlList tags = (YamlList) map.entry("tags").orElseThrow().value();
        assertThat(tags.items().get(1).position()).isEqualTo(SourcePosition.of("f.yaml", 5, 5));
    }

    @Test
    void emptyValuesAndTildeAreNullButQuotedNullIsText() {
        YamlMap map = read("a:\nb: ~\nc: 'null'\n", 1);

        assertThat(((YamlScalar) map.entry("a").orElseThrow().value()).isNull()).isTrue();
        assertThat(((YamlScalar) map.entry("b").orElseThrow().value()).isNull()).isTrue();
        assertThat(((YamlScalar) map.entry("c").orElseThrow().value()).isNull()).isFalse();
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondKey() {
        read("title: A\ntitle: B\n", 1);

        assertThat(diagnostics.sorted()).singleElement().extracting(d -> d.format())
                .isEqualTo("f.yaml:2:1: error: Duplicate key 'title'. Each key may appear once in a mapping: remove or merge this one. [yaml.duplicate-key]");
    }

    @Test
    void syntaxErrorsAreReportedWithTheirLineInTheFile() {
        assertThat(new YamlReader().read("a: [1, 2\nb: 3\n", "f.md", 2, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("yaml.syntax");
            assertThat(d.where().line()).isBetween(2, 4);
        });
    }
}
