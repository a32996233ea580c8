package dev.handbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void valuesKeepTheirTextAndPositions() {
        String json = "{\n  \"db\": {\"system-id\": 7323785318232435712, \"size\": 1.5e3},\n  \"ok\": true,\n  \"none\": null,\n"
                + "  \"list\": [\n    \"a\",\n    2\n  ]\n}\n";
        YamlMap map = (YamlMap) new JsonReader().read(json, "info.json", diagnostics).orElseThrow();

        YamlMap db = (YamlMap) map.entry("db").orElseThrow().value();
        assertThat(((YamlScalar) db.entry("system-id").orElseThrow().value()).text()).isEqualTo("7323785318232435712");
        assertThat(((YamlScalar) db.entry("size").orElseThrow().value()).text()).isEqualTo("1.5e3");
        assertThat(db.entry("size").orElseThrow().keyPosition()).isEqualTo(SourcePosition.of("info.json", 2, 44));
        assertThat(((YamlScalar) map.entry("ok").orElseThrow().value()).text()).isEqualTo("true");
        assertThat(((YamlScalar) map.entry("none").orElseThrow().value()).isNull()).isTrue();
        YamlList list = (YamlList) map.entry("list").orElseThrow().value();
        assertThat(list.items().get(1).position()).isEqualTo(SourcePosition.of("info.json", 7, 5));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aTruncatedFileIsAnErrorAtWhereItStops() {
        assertThat(new JsonReader().read("{\n  \"status\": \"completed\",\n  \"run\": [", "journal.json", diagnostics)).isEmpty();

        List<Diagnostic> problems = diagnostics.sorted();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("json.syntax");
            assertThat(d.where().line()).isEqualTo(3);
            assertThat(d.hint()).contains("cut off");
        });
    }

    @Test
    void aDuplicateKeyIsReported() {
        assertThat(new JsonReader().read("{\"a\": 1,\n \"a\": 2}", "x.json", diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> assertThat(d.message()).contains("Duplicate field 'a'"));
    }
}
