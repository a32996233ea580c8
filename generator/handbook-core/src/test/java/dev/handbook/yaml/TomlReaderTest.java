package dev.handbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import org.junit.jupiter.api.Test;

class TomlReaderTest {

    private static final String HUGO = """
            title = "Redis down"
            description = \"""
            lastmod = "not a key: inside a multi-line string"
            \"""
            lastmod = 2024-05-02T10:00:00Z
            date = 2021-03-04
            weight = 10
            'quoted key' = true

            [menu.main]
            parent = "ops"

            [[resources]]
            src = "a.png"
            [[resources]]
            src = "b.png"
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    private YamlMap read(String toml) {
        return (YamlMap) new TomlReader().read(toml, "x.md", 2, diagnostics).orElseThrow();
    }

    private static YamlNode at(YamlMap map, String key) {
        return map.entry(key).orElseThrow().value();
    }

    @Test
    void valuesKeepTheirTextAndDatesStayAsWritten() {
        YamlMap map = read(HUGO);

        assertThat(((YamlScalar) at(map, "lastmod")).text()).isEqualTo("2024-05-02T10:00:00Z");
        assertThat(((YamlScalar) at(map, "date")).text()).isEqualTo("2021-03-04");
        assertThat(((YamlScalar) at(map, "weight")).text()).isEqualTo("10");
        assertThat(((YamlScalar) at((YamlMap) at((YamlMap) at(map, "menu"), "main"), "parent")).text()).isEqualTo("ops");
        assertThat(((YamlList) at(map, "resources")).items()).hasSize(2);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void keysHaveThePositionsOfTheirLinesInTheFileSkippingMultiLineStrings() {
        YamlMap map = read(HUGO);

        assertThat(map.entry("lastmod").orElseThrow().keyPosition()).isEqualTo(SourcePosition.of("x.md", 6, 1));
        assertThat(map.entry("quoted key").orElseThrow().keyPosition()).isEqualTo(SourcePosition.of("x.md", 9, 1));
        YamlMap main = (YamlMap) at((YamlMap) at(map, "menu"), "main");
        assertThat(main.entry("parent").orElseThrow().keyPosition()).isEqualTo(SourcePosition.of("x.md", 12, 1));
        YamlMap second = (YamlMap) ((YamlList) at(map, "resources")).items().get(1);
        assertThat(second.entry("src").orElseThrow().keyPosition()).as("the second [[resources]]").isEqualTo(SourcePosition.of("x.md", 17, 1));
    }

    @Test
    void aSyntaxErrorIsADiagnosticAtItsLineAndColumnInTheFile() {
        assertThat(new TomlReader().read("title = \"X\"\nweight = = 10\n", "x.md", 2, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().extracting(Diagnostic::format).asString()
                .startsWith("x.md:3:10: error: Invalid TOML front matter: ").endsWith("[toml.syntax]");
    }

    @Test
    void anyMutationOfTheTextIsReadOrReportedNeverThrown() {
        for (int i = 0; i < HUGO.length(); i++) {
            for (String edit : new String[] {"", "\"", "[", "=", "\n", "'''"}) {
                String mutated = HUGO.substring(0, i) + edit + HUGO.substring(i + 1);
                Diagnostics own = new Diagnostics();
                assertThatCode(() -> new TomlReader().read(mutated, "x.md", 2, own)).as(mutated).doesNotThrowAnyException();
                own.sorted().forEach(d -> assertThat(d.where().line()).as(mutated).isBetween(2, 2 + (int) mutated.lines().count()));
            }
        }
    }
}
