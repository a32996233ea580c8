package dev.handbook.schema;

import dev.handbook.model.EntryKind;
import java.util.stream.Collectors;

/**
 * Writes the content model reference (docs/content-model.md) from {@link Schemas}, so the documentation always lists
 * exactly the fields the parser accepts.
 */
public final class ReferenceDocWriter {

    public String write() {
        StringBuilder out = new StringBuilder();
        out.append("# Content model reference\n\n")
                .append("<!-- Generated from Schemas.java by the schema golden test; do not edit by hand.\n")
                .append("     Regenerate with: mvn -pl generator/handbook-core test -Dtest=SchemaFilesTest -Dhandbook.updateGolden=true -->\n\n")
                .append("Every record lives in one file under `content/<folder>/`. Markdown and AsciiDoc records start with YAML\n")
                .append("front matter between two `---` lines; the other kinds are plain YAML files. JSON Schemas for every form are\n")
                .append("in [`schemas/`](../schemas/) (see the README for editor set-up).\n\n")
                .append("Ids are unique across the whole handbook. Links in Markdown: `[text](runbook:some-id)` or `[[some-id]]`\n")
                .append("(`[[some-id|text]]` for custom text); in AsciiDoc: `xref:some-id[]` or `<<some-id>>`.\n\n")
                .append("A record without `id:` takes its id from its file name, without the extension: accents taken off, lower case,\n")
                .append("spaces and `_` as `-`, any other character but letters, digits, `.` and `-` dropped, so `ADR-1.md` is `adr-1`\n")
                .append("and `PM2019-009 - Kubernetes IP starvation.md` is `pm2019-009-kubernetes-ip-starvation`. Ids and references\n")
                .append("match regardless of case (`RB-0350` is `rb-0350`). `index` is no record's id: that is the page listing a kind.\n")
                .append("Records can also be read where a team keeps them, in other tools' formats: see `sources` under the site\n")
                .append("configuration; a Chaos Toolkit journal (`journal.json` in a folder per run) takes the id of its folder and\n")
                .append("name (`runs/2026-11-18T1430/journal.json` is `2026-11-18t1430-journal`), and Kubernetes objects that of their name.\n")
                .append("A field required *by hand* must be set in a record written by hand; a record read from a tool's output may\n")
                .append("lack it, as the tool records no such thing (see [evidence.md](evidence.md)).\n\n")
                .append("## Value formats\n\n| type | how to write it |\n|---|---|\n");
        for (FieldType type : FieldType.values()) {
            out.append("| ").append(type.word()).append(" | ").append(type.format()).append(" |\n");
        }
        for (EntryKind kind : EntryKind.values()) {
            RecordSchema schema = Schemas.forKind(kind);
            out.append("\n## ").append(kind.label()).append(" (`").append(kind.key()).append("`)\n\n")
                    .append(schema.description()).append(" Folder: `content/").append(kind.defaultFolder())
                    .append("/`. Schema: [`schemas/").append(JsonSchemaWriter.fileName(kind)).append("`](../schemas/")
                    .append(JsonSchemaWriter.fileName(kind)).append(").\n\n");
            table(schema, out);
        }
        for (RecordSchema nested : new RecordSchema[] {Schemas.ACTION_ITEM, Schemas.TIMELINE_EVENT, Schemas.CADENCE, Schemas.CHAOS_PROBE, Schemas.CHAOS_ACTIVITY, Schemas.BACKUP_RUN}) {
            out.append("\n## ").append(capitalise(nested.name())).append("\n\n").append(nested.description()).append("\n\n");
            table(nested, out);
        }
        out.append("\n## Site configuration (`site/handbook.yaml`)\n\n").append(ConfigSchema.SITE.description())
                .append(" Schema: [`schemas/handbook-config.schema.json`](../schemas/handbook-config.schema.json).\n\n");
        table(ConfigSchema.SITE, out);
        for (RecordSchema nested : new RecordSchema[] {ConfigSchema.FOLDERS, ConfigSchema.REVIEW, ConfigSchema.MARKDOWN, ConfigSchema.ADR_STATUSES, ConfigSchema.SOURCE}) {
            out.append("\n### `").append(nested.name()).append("`\n\n").append(nested.description()).append("\n\n");
            table(nested, out);
        }
        return out.toString();
    }

    private static void table(RecordSchema schema, StringBuilder out) {
        out.append("| field | type | required | meaning |\n|---|---|---|---|\n");
        for (FieldSpec f : schema.fields()) {
            out.append("| `").append(f.name()).append("` | ").append(type(f)).append(" | ")
                    .append(f.required() ? (f.byHandOnly() ? "by hand" : "yes") : "").append(" | ").append(f.description()).append(" |\n");
        }
    }

    private static String type(FieldSpec f) {
        switch (f.type()) {
            case CHOICES:
                return "list of " + f.allowed().stream().map(v -> "`" + v + "`").collect(Collectors.joining(" \\| "));
            case ENUM:
                return f.allowed().stream().map(v -> "`" + v + "`").collect(Collectors.joining(" \\| "));
            case REF:
            case REFS:
                return f.type().word() + " to " + f.refKinds().stream().map(EntryKind::key).sorted().collect(Collectors.joining(" or "));
            case OBJECT:
                return "[" + f.nested().name() + "](#" + f.nested().name().replace(' ', '-') + ")";
            case OBJECTS:
                return "list of [" + f.nested().name() + "](#" + f.nested().name().replace(' ', '-') + ")";
            default:
                return f.type().word();
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
