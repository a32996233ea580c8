package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.SourceFormat;
import dev.handbook.schema.FieldReader;
import dev.handbook.schema.RecordSchema;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One file (an ADR unless a kind is given) read by a reader, with its fields as plain values and positions as {@code line:column}, for assertions. */
record ReadAdr(FormatResult result, List<Diagnostic> diagnostics) {

    static ReadAdr read(FormatReader reader, String fileName, String text) {
        return read(reader, fileName, text, false);
    }

    static ReadAdr read(FormatReader reader, String fileName, String text, boolean dayFirst) {
        Diagnostics diagnostics = new Diagnostics();
        FormatInput input = input(fileName, text, dayFirst);
        return new ReadAdr(reader.read(input, diagnostics), diagnostics.sorted());
    }

    static FormatInput input(String fileName, String text, boolean dayFirst) {
        return input(EntryKind.ADR, fileName, text, dayFirst, Map.of());
    }

    /** A file of a source of {@code kind} in folder {@code <kind folder>/}, with the source's {@code fields:} renames. */
    static FormatInput input(EntryKind kind, String fileName, String text, boolean dayFirst, Map<String, String> renames) {
        SourceFormat markup = SourceFormat.ofFileName(fileName).orElse(SourceFormat.MARKDOWN);
        String folder = kind == EntryKind.ADR ? "doc/adr/" : kind.defaultFolder() + "/";
        return new FormatInput(kind, markup, fileName, folder + fileName, text, new FormatInput.Collection(dayFirst), renames);
    }

    /** {@code text} read by {@code reader} as a record of {@code kind}. */
    static ReadAdr read(FormatReader reader, EntryKind kind, String fileName, String text, Map<String, String> renames) {
        Diagnostics diagnostics = new Diagnostics();
        return new ReadAdr(reader.read(input(kind, fileName, text, false, renames), diagnostics), diagnostics.sorted());
    }

    YamlMap fields() {
        assertThat(result).as("%s", diagnostics).isInstanceOf(FormatResult.Read.class);
        return ((FormatResult.Read) result).fields();
    }

    /** Every field as text, a list of texts, or a list of {@code verb target} texts. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields().entries().forEach(e -> values.put(e.key(), plain(e.value())));
        return values;
    }

    /** Where each field (or, for a list, its first item) was written, as {@code line:column}. */
    Map<String, String> positions() {
        Map<String, String> positions = new LinkedHashMap<>();
        fields().entries().forEach(e -> positions.put(e.key(), at(e.key())));
        return positions;
    }

    /** Where field {@code key} (or, for a list, its first item) was written, as {@code line:column}. */
    String at(String key) {
        YamlNode node = fields().entry(key).orElseThrow().value();
        YamlNode first = node instanceof YamlList list ? list.items().get(0) : node;
        return first.position().line() + ":" + first.position().column();
    }

    Markup body() {
        return ((FormatResult.Read) result).body().orElseThrow();
    }

    /** What the parser's own field reader says of the fields, as native front matter of {@code schema}. */
    List<String> schemaProblems(RecordSchema schema) {
        Diagnostics problems = new Diagnostics();
        new FieldReader().read(fields(), schema, problems);
        return problems.sorted().stream().map(Diagnostic::format).toList();
    }

    List<String> messages() {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }

    private static Object plain(YamlNode node) {
        if (node instanceof YamlScalar scalar) {
            return scalar.text();
        }
        if (node instanceof YamlList list) {
            return list.items().stream().map(ReadAdr::plain).toList();
        }
        YamlMap map = (YamlMap) node;
        return map.entries().stream().map(e -> plain(e.value()).toString()).reduce((a, b) -> a + " " + b).orElse("");
    }
}
