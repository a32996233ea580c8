package dev.handbook.formats;

import dev.handbook.schema.CommonSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.schema.FieldSpec;
import dev.handbook.schema.FieldType;
import dev.handbook.schema.RecordSchema;
import dev.handbook.schema.Schemas;
import dev.handbook.yaml.TomlReader;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import dev.handbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * A Markdown page written for a static-site generator (Hugo, Jekyll, MkDocs, GOV.UK tech docs) or for none, as the
 * runbook and postmortem readers take it: its YAML front matter mapped to the kind's fields, and its first H1 as the
 * title. Front matter keys are renamed by the source's {@code fields:} map first, then by the format's own
 * vocabulary ({@code lastmod} is {@code last_reviewed}); keys the kind has no field for (Hugo's {@code weight},
 * {@code menu}, {@code draft}) are dropped.
 *
 * <p>Not thread-safe: one per file read.
 */
final class MarkdownPage {

    private static final Pattern KEY = Pattern.compile("(?m)^([A-Za-z_][\\w-]*)\\s*:");
    private static final Pattern INDEX_NAME = Pattern.compile("(?i)(index|readme)\\.(md|markdown)");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

    private final FormatInput input;
    private final MarkdownDocument document;
    private final RecordSchema schema;
    private final AdrFields fields = new AdrFields();
    private YamlMap frontMatter = new YamlMap(List.of(), SourcePosition.file(""));

    MarkdownPage(FormatInput input, String text) {
        this.input = input;
        this.document = MarkdownDocument.parse(input.displayPath(), text);
        this.schema = Schemas.forKind(input.kind());
    }

    /** Whether {@code input} is Markdown that handbook does not read natively: a page for a reader of its kind. */
    static boolean isForeign(FormatInput input) {
        return input.markup() == SourceFormat.MARKDOWN && !isNative(input.text(), input.kind());
    }

    /** Whether {@code text} is a page handbook reads natively: front matter with only fields of {@code kind}. */
    private static boolean isNative(String text, EntryKind kind) {
        Optional<String> yaml = MarkdownDocument.frontMatter(text);
        if (yaml.isEmpty()) {
            return false;
        }
        Set<String> keys = KEY.matcher(yaml.get()).results().map(m -> m.group(1)).collect(Collectors.toSet());
        return !keys.isEmpty() && keys.stream().allMatch(k -> Schemas.forKind(kind).field(k).isPresent());
    }

    /**
     * Skips a collection's {@code README.md} or {@code index.md}: a list of the records, not one (its id would also be
     * {@code index}, the kind's own page).
     */
    static Optional<FormatResult> indexPage(FormatInput input) {
        return INDEX_NAME.matcher(input.fileName()).matches()
                ? Optional.of(new FormatResult.Skipped("index pages of a collection (README.md, index.md)")) : Optional.empty();
    }

    MarkdownDocument document() {
        return document;
    }

    AdrFields fields() {
        return fields;
    }

    /**
     * Reads the front matter, if any; {@code vocabulary} maps the format's keys to the kind's fields, the first key
     * listed winning when two map to one field.
     */
    void readFrontMatter(Map<String, String> vocabulary, Diagnostics diagnostics) {
        Optional<YamlNode> node = document.frontMatter().flatMap(yaml -> new YamlReader().read(yaml, input.displayPath(), 2, diagnostics))
                .or(() -> document.tomlFrontMatter().flatMap(toml -> new TomlReader().read(toml, input.displayPath(), 2, diagnostics)));
        if (node.isEmpty()) {
            return;
        }
        if (!(node.get() instanceof YamlMap map)) {
            diagnostics.error("page.front-matter", node.get().position(), "The front matter is " + node.get().describe() + ", not `key: value` lines.",
                    "Write one `key: value` per line, e.g. `title: Redis down`.");
            return;
        }
        frontMatter = map;
        List<String> ranks = new ArrayList<>(vocabulary.keySet());
        List<YamlMap.Entry> entries = new ArrayList<>(map.entries());
        // handbook's own key first, then the format's in the order of its vocabulary: `lastmod` wins over `date`
        entries.sort(Comparator.comparingInt(e -> ranks.indexOf(input.fields().getOrDefault(e.key(), e.key()))));
        for (YamlMap.Entry entry : entries) {
            String key = input.fields().getOrDefault(entry.key(), entry.key());
            String field = vocabulary.getOrDefault(key, key);
            Optional<FieldSpec> spec = schema.field(field);
            if (spec.isPresent() && !(entry.value() instanceof YamlScalar s && s.isNull())) {
                fields.put(field, fitted(spec.get(), entry.value()), entry.keyPosition());
            }
        }
    }

    /**
     * Sets the title from the page's first block if it is an H1 and consumes it, unless front matter gave a different
     * title (then the H1 is a heading of the body); the title is the file name's when there is neither.
     */
    void readTitle() {
        Optional<Node> h1 = document.blocks().stream().findFirst().filter(b -> b instanceof Heading h && h.getLevel() == 1);
        if (h1.isPresent()) {
            String heading = InlineText.of(h1.get(), document).spoken().strip();
            Optional<String> given = fields.text(CommonSchema.TITLE);
            if (given.isEmpty() || given.get().equalsIgnoreCase(heading)) {
                fields.put(CommonSchema.TITLE, heading, document.find(document.position(h1.get()), heading.split("\\s+")[0]));
                document.consume(h1.get());
            }
        }
    }

    /** Front matter key {@code key} as written, for values a format writes in its own way; after {@link #readFrontMatter}. */
    Optional<YamlMap.Entry> frontMatter(String key) {
        return frontMatter.entry(key);
    }

    /** Where the record starts: its title, or the top of the file. */
    SourcePosition start() {
        return fields.position(CommonSchema.TITLE).orElse(SourcePosition.file(input.displayPath()));
    }

    FormatResult.Read result() {
        return new FormatResult.Read(fields.toMap(start()), Optional.of(document.body()));
    }

    /**
     * A value as the field takes it: a date-time's date ({@code lastmod: 2024-05-02T10:00:00Z}), the first of several
     * authors for the one {@code owner}.
     */
    private static YamlNode fitted(FieldSpec spec, YamlNode value) {
        if (spec.type() == FieldType.STRING && value instanceof YamlList list && !list.items().isEmpty()) {
            return list.items().get(0);
        }
        if (spec.type() == FieldType.DATE && value instanceof YamlScalar scalar) {
            Matcher dateTime = DATE_TIME.matcher(scalar.text().strip());
            if (dateTime.matches()) {
                return new YamlScalar(dateTime.group(1), false, scalar.position());
            }
        }
        return value;
    }
}
