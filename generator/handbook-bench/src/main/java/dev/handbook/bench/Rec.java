package dev.handbook.bench;

import dev.handbook.model.EntryKind;
import dev.handbook.schema.RecordSchema;
import dev.handbook.schema.Schemas;
import java.util.List;

/** One planned record: its identity, its fields in file order (title first) and, for markup kinds, its body. */
final class Rec {

    /** The file form. */
    enum Form {
        MARKDOWN("md"),
        ASCIIDOC("adoc"),
        YAML("yaml");

        final String extension;

        Form(String extension) {
            this.extension = extension;
        }
    }

    final EntryKind kind;
    final int index;
    final String id;
    final String title;
    final Form form;
    final Vocabulary.Topic topic;
    final Fields fields;
    /** Planning decisions the filler needs (main runbook, target SPOF, drill kind ...); never written. */
    final java.util.Map<String, Object> hints = new java.util.HashMap<>();
    /** The body blocks of Markdown and AsciiDoc records; empty for YAML records. */
    List<Block> body = List.of();

    Rec(EntryKind kind, int index, String id, String title, Form form, Vocabulary.Topic topic) {
        this(kind, index, id, title, form, topic, Schemas.forKind(kind));
    }

    /** A record whose fields follow {@code schema} (a test's schema with a field the model does not have yet). */
    Rec(EntryKind kind, int index, String id, String title, Form form, Vocabulary.Topic topic, RecordSchema schema) {
        this.kind = kind;
        this.index = index;
        this.id = id;
        this.title = title;
        this.form = form;
        this.topic = topic;
        this.fields = new Fields(schema);
    }

    /** Drops the filled fields and body once the record's files are written. */
    void release() {
        fields.clear();
        body = List.of();
    }

    /** The path of the record's file below the content folder. */
    String path() {
        return kind.defaultFolder() + "/" + id + "." + form.extension;
    }

    @Override
    public String toString() {
        return kind.key() + ":" + id;
    }
}
