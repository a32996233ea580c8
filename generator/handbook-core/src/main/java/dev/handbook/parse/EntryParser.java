package dev.handbook.parse;

import dev.handbook.schema.FieldReader;
import dev.handbook.schema.Fields;
import dev.handbook.model.ValueFormats;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.formats.FormatReaders;
import dev.handbook.formats.FormatResult;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.EntryMeta;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import dev.handbook.model.SourceFormat;
import dev.handbook.schema.CommonSchema;
import dev.handbook.schema.RecordSchema;
import dev.handbook.schema.Schemas;
import dev.handbook.source.SourceFile;
import dev.handbook.source.SourceSet;
import dev.handbook.source.TextFiles;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parse stage: reads every source file into an {@link Entry}, splitting front matter from body and checking
 * fields against the kind's schema. A file with errors yields no entry, and its errors are reported.
 *
 * <p>Stateless and thread-safe; files are parsed in parallel.
 */
public final class EntryParser {

    private static final Pattern ADR_FILE_NAME = Pattern.compile("(\\d{4})-[a-z0-9][a-z0-9-]*");

    private final YamlReader yaml = new YamlReader();
    private final FieldReader fields = new FieldReader();
    private final FormatDispatch formats;

    /** A parser that knows every standard format. */
    public EntryParser() {
        this(FormatReaders.standard());
    }

    /** A parser that reads the formats of {@code readers} besides handbook's own. */
    public EntryParser(FormatReaders readers) {
        this.formats = new FormatDispatch(readers);
    }

    /** Parses every file, in parallel; the result is in the order of {@code sources}. */
    public List<ParsedFile> parseAll(SourceSet sources) {
        return sources.files().parallelStream().map(this::parse).toList();
    }

    /** Parses one file: its form must suit its kind, its text must be UTF-8, its fields must match the schema. */
    public ParsedFile parse(SourceFile file) {
        Diagnostics own = new Diagnostics();
        List<Entry> entries = new ArrayList<>();
        Optional<String> skipped = Optional.empty();
        if (!file.kind().accepts(file.format())) {
            own.error(
                    "source.format",
                    SourcePosition.file(file.displayPath()),
                    capitalised(file.kind().withArticle()) + " cannot be written as " + file.format().name().toLowerCase() + ".",
                    file.kind().accepts(SourceFormat.MARKDOWN)
                            ? "Write it as .md or .adoc with front matter, or prefix the file name with `_`."
                            : "Write it as a .yaml record, or prefix the file name with `_` to keep it out of the handbook.");
        } else {
            Optional<String> text = TextFiles.read(file.file(), file.displayPath(), own);
            if (text.isPresent()) {
                Optional<FormatResult> read = formats.read(file, text.get(), own);
                if (read.isEmpty()) {
                    (file.format().hasBody() ? parseDocument(file, text.get(), own) : parseRecord(file, text.get(), own)).ifPresent(entries::add);
                } else {
                    skipped = fromReader(file, read.get(), entries, own);
                }
            }
        }
        return new ParsedFile(file, own.hasErrors() ? List.of() : entries, own.sorted(), skipped);
    }

    /** Adds the records a format reader made of the file; returns why it is not a record when the reader said so. */
    private Optional<String> fromReader(SourceFile file, FormatResult result, List<Entry> entries, Diagnostics diagnostics) {
        if (result instanceof FormatResult.Skipped why) {
            return Optional.of(why.reason());
        }
        // a reader that failed has reported why: it gives no record
        List<FormatResult.Read> records = result instanceof FormatResult.Read one ? List.of(one)
                : result instanceof FormatResult.Several several ? several.records() : List.of();
        for (FormatResult.Read record : records) {
            build(file, SourceFields.withDefaults(record.fields(), file), record.body(), true, diagnostics).ifPresent(entries::add);
        }
        return Optional.empty();
    }

    private Optional<Entry> parseRecord(SourceFile file, String text, Diagnostics diagnostics) {
        Optional<YamlNode> node = RecordText.read(file.format(), text, file.displayPath(), diagnostics);
        if (node.isEmpty()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error("yaml.empty", SourcePosition.file(file.displayPath()), "The file is empty.",
                        "Write the record's fields, starting with `title:`, or delete the file.");
            }
            return Optional.empty();
        }
        return build(file, SourceFields.withDefaults(SourceFields.renamed(node.get(), file), file), Optional.empty(), false, diagnostics);
    }

    private Optional<Entry> parseDocument(SourceFile file, String text, Diagnostics diagnostics) {
        Optional<FrontMatter> split = FrontMatter.split(text);
        if (split.isEmpty()) {
            diagnostics.error(
                    "frontmatter.missing",
                    SourcePosition.of(file.displayPath(), 1, 1),
                    capitalised(file.kind().withArticle()) + " must start with YAML front matter.",
                    "Did you forget the `---` line before and after the fields (`title:`, `owner:` …)?");
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Optional<YamlNode> node = yaml.read(fm.yaml(), file.displayPath(), fm.yamlFirstLine(), diagnostics);
        if (node.isEmpty()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error("frontmatter.empty", SourcePosition.of(file.displayPath(), 1, 1),
                        "The front matter is empty.", "Add at least `title: …`.");
            }
            return Optional.empty();
        }
        Markup body = Markup.body(fm.body(), file.format(), SourcePosition.of(file.displayPath(), fm.bodyFirstLine(), 1));
        return build(file, SourceFields.withDefaults(SourceFields.renamed(node.get(), file), file), Optional.of(body), false, diagnostics);
    }

    /**
     * @param foreign whether the fields come from another tool's format, whose keys of its own ({@code weight},
     *     {@code nav_order}) are dropped rather than errors
     */
    private Optional<Entry> build(SourceFile file, YamlNode node, Optional<Markup> body, boolean foreign, Diagnostics diagnostics) {
        RecordSchema schema = Schemas.forKind(file.kind());
        Fields f = fields.read(node, schema, foreign, diagnostics);
        String name = f.get(CommonSchema.ID);
        if (name == null) {
            name = FileIds.of(file);
            if (!ValueFormats.isId(name)) {
                diagnostics.error(
                        "id.filename",
                        SourcePosition.file(file.displayPath()),
                        "No id can be made of the file name '" + file.stem() + "': it has no letters or digits.",
                        "Rename the file, or set `id:`.");
            }
        }
        if (FileIds.RESERVED.contains(name)) {
            diagnostics.error("id.reserved", f.has(CommonSchema.ID) ? f.position(CommonSchema.ID) : SourcePosition.file(file.displayPath()),
                    "The id '" + name + "' is taken by the page that lists every " + file.kind().key() + " (" + file.kind().defaultFolder()
                            + "/index.html).",
                    "Set another `id:` in the file" + (f.has(CommonSchema.ID) ? "" : " (it can keep its name)") + ".");
        }
        int adrNumber = file.kind() != EntryKind.ADR ? 0 : file.listed() ? AdrNumbers.of(file.stem()).orElse(0) : adrNumber(file, diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        EntryId id = new EntryId(file.kind(), name);
        List<Snippet> snippets = VerifyItems.snippets(id, f.get(CommonSchema.VERIFY), diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        EntryMeta meta = new EntryMeta(id, f.get(CommonSchema.TITLE), f.get(CommonSchema.OWNER, ""), f.get(CommonSchema.TAGS), file.displayPath(), snippets);
        // content/ pages stay as they always were; files of other tools repeat their title as an H1
        Optional<Markup> shown = file.listed() ? body.map(b -> LeadingTitle.without(b, meta.title())) : body;
        return Optional.of(EntryFactory.create(meta, f, shown, adrNumber));
    }

    private static int adrNumber(SourceFile file, Diagnostics diagnostics) {
        Matcher m = ADR_FILE_NAME.matcher(file.stem());
        if (!m.matches()) {
            diagnostics.error(
                    "adr.filename",
                    SourcePosition.file(file.displayPath()),
                    "An ADR's file name must be a 4-digit number, a dash and a slug, not '" + file.stem() + "'.",
                    "Rename it, e.g. `0007-" + slug(file.stem()) + "`.");
            return 0;
        }
        return Integer.parseInt(m.group(1));
    }

    private static String slug(String name) {
        String slug = name.toLowerCase().replaceAll("^[0-9-]+", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "my-decision" : slug;
    }

    private static String capitalised(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
