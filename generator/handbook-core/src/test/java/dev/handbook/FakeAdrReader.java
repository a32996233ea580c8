package dev.handbook;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.formats.FormatInput;
import dev.handbook.formats.FormatReader;
import dev.handbook.formats.FormatResult;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-only format: {@code # Title}, then {@code Key: value} lines ({@code Date: dd/mm/yyyy} or {@code mm/dd/yyyy}
 * as the collection says), then the body. {@code TEMPLATE} anywhere makes it a skipped template.
 */
final class FakeAdrReader implements FormatReader {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z_]+): (.*)");
    private static final Pattern SLASHED = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");

    @Override
    public String name() {
        return "fake-adr";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.ADR);
    }

    @Override
    public boolean recognises(FormatInput input) {
        return input.text().startsWith("# ") && input.text().contains("\nDate: ");
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        if (input.text().contains("TEMPLATE")) {
            return new FormatResult.Skipped("template files");
        }
        String[] lines = input.text().split("\n", -1);
        List<YamlMap.Entry> fields = new ArrayList<>();
        fields.add(field("title", lines[0].substring(2), input, 1, 3));
        int line = 1;
        for (; line < lines.length; line++) {
            Matcher m = FIELD.matcher(lines[line]);
            if (!m.matches()) {
                break;
            }
            String key = m.group(1).toLowerCase();
            fields.add(field(key, key.equals("date") ? iso(m.group(2), input.collection()) : m.group(2).toLowerCase(), input, line + 1,
                    m.start(2) + 1));
        }
        String body = String.join("\n", List.of(lines).subList(line, lines.length));
        return new FormatResult.Read(new YamlMap(fields, SourcePosition.of(input.displayPath(), 1, 1)),
                Optional.of(Markup.body(body, input.markup(), SourcePosition.of(input.displayPath(), line + 1, 1))));
    }

    private static String iso(String date, FormatInput.Collection collection) {
        Matcher m = SLASHED.matcher(date);
        if (!m.matches()) {
            return date;
        }
        return collection.dayFirst() ? m.group(3) + "-" + m.group(2) + "-" + m.group(1) : m.group(3) + "-" + m.group(1) + "-" + m.group(2);
    }

    private static YamlMap.Entry field(String key, String value, FormatInput input, int line, int column) {
        SourcePosition at = SourcePosition.of(input.displayPath(), line, column);
        return new YamlMap.Entry(key, at, new YamlScalar(value, false, at));
    }
}
