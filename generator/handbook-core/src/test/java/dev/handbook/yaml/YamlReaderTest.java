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

    @Test
    void anAliasIsTheValueOfItsAnchorNotItsName() {
        YamlMap map = read("base: &own team-a\nowner: *own\nlist: &l [a, b]\nmore: *l\n", 1);

        assertThat(text(map, "owner")).isEqualTo("team-a");
        YamlList more = (YamlList) map.entry("more").orElseThrow().value();
        assertThat(more.items()).extracting(item -> ((YamlScalar) item).text()).containsExactly("a", "b");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    private static String aliasBomb(int levels) {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= levels; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void anAliasBombWithinSnakeYamlsAliasLimitIsStoppedByTheExpandedSize() {
        assertThat(new YamlReader().read(aliasBomb(24), "f.yaml", 1, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().extracting(d -> d.format()).isEqualTo(
                "f.yaml:1:1: error: The aliases in this file expand to more than 100000 values. Repeat values where they are"
                        + " needed instead of nesting aliases of aliases. [yaml.alias]");
    }

    @Test
    void moreAliasesThanSnakeYamlAllowsAreAnError() {
        assertThat(new YamlReader().read(aliasBomb(30), "f.yaml", 1, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("yaml.alias");
            assertThat(d.message()).contains("max=50");
            assertThat(d.hint()).contains("Repeat");
        });
    }

    @Test
    void anAliasWithoutAnchorIsAnErrorAtTheAlias() {
        assertThat(new YamlReader().read("title: A\nowner: *nobody\n", "f.yaml", 1, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.format()).startsWith("f.yaml:2:8: error: Invalid YAML: found undefined alias nobody").endsWith("[yaml.alias]");
            assertThat(d.hint()).contains("&name");
        });
    }

    @Test
    void anAliasOfTheValueThatContainsItIsAnError() {
        new YamlReader().read("tags: &t [a, *t]\n", "f.yaml", 1, diagnostics);

        assertThat(diagnostics.sorted()).singleElement().extracting(d -> d.code()).isEqualTo("yaml.alias");
    }

    @Test
    void aSecondDocumentIsReportedWhereItStarts() {
        YamlMap map = read("title: A\n---\ntitle: B\n", 1);

        assertThat(text(map, "title")).isEqualTo("A");
        assertThat(diagnostics.sorted()).singleElement().extracting(d -> d.format()).asString()
                .startsWith("f.yaml:3:1: error: A second YAML document starts here").endsWith("[yaml.documents]");
    }

    @Test
    void aTrailingEmptyDocumentIsFine() {
        YamlMap map = read("title: A\n---\n", 1);

        assertThat(text(map, "title")).isEqualTo("A");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aTabAfterTheColonOrDashIsASpaceAsYamlAllows() {
        YamlMap map = read("title:\tA\ttab inside\ntags:\n  -\ta\nowner: \t team\n", 3);

        assertThat(text(map, "title")).isEqualTo("A\ttab inside");
        assertThat(text(map, "owner")).isEqualTo("team");
        assertThat(((YamlList) map.entry("tags").orElseThrow().value()).items()).singleElement()
                .satisfies(item -> assertThat(item.position()).isEqualTo(SourcePosition.of("f.yaml", 5, 5)));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aTabInIndentationIsStillAnError() {
        assertThat(new YamlReader().read("tags:\n\t- a\n", "f.yaml", 1, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().extracting(d -> d.code()).isEqualTo("yaml.syntax");
    }

    @Test
    void textAboveTheSizeLimitHasItsOwnMessage() {
        String yaml = "title: " + "x".repeat(YamlReader.MAX_CODE_POINTS) + "\n";

        assertThat(new YamlReader().read(yaml, "f.md", 2, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().extracting(d -> d.format()).isEqualTo(
                "f.md:2:1: error: The YAML is larger than 3 MiB, the most handbook reads. Move long text into the record's"
                        + " Markdown or AsciiDoc body, or split the record. [yaml.too-large]");
    }

    @Test
    void mergeKeysBringTheAnchorsEntriesWithTheirPositionsAndExplicitKeysWin() {
        YamlMap map = read("base: &base\n  cwd: content\n  shell: sh\ncheck:\n  shell: bash\n  <<: *base\n", 1);

        YamlMap check = (YamlMap) map.entry("check").orElseThrow().value();
        assertThat(check.entries()).extracting(YamlMap.Entry::key).containsExactly("shell", "cwd");
        assertThat(text(check, "shell")).as("the key written in the mapping wins, even before the merge").isEqualTo("bash");
        assertThat(text(check, "cwd")).isEqualTo("content");
        assertThat(check.entry("cwd").orElseThrow().keyPosition()).as("where the anchor wrote it").isEqualTo(SourcePosition.of("f.yaml", 2, 3));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void ofSeveralMergedMappingsTheEarlierWins() {
        YamlMap map = read("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n", 1);

        YamlMap c = (YamlMap) map.entry("c").orElseThrow().value();
        assertThat(text(c, "x")).isEqualTo("1");
        assertThat(text(c, "y")).isEqualTo("2");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void mergingSomethingThatIsNotAMappingIsReportedAtIt() {
        read("c:\n  <<: plain\n  x: 1\n", 1);

        assertThat(diagnostics.sorted()).singleElement().extracting(d -> d.format())
                .isEqualTo("f.yaml:2:7: error: A merge key (`<<`) takes a mapping or a list of mappings, not a value."
                        + " Write `<<: *name` where `&name` marks a mapping, or `<<: [*a, *b]`. [yaml.merge]");
    }

    @Test
    void aQuotedLessLessKeyIsAnOrdinaryKey() {
        YamlMap map = read("'<<': text\n", 1);

        assertThat(text(map, "<<")).isEqualTo("text");
    }
}
