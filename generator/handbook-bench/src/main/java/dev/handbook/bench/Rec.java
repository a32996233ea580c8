package dev.handbook.bench;

import java.util.LinkedHashMap;
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

    final Kind kind;
    final int index;
    final String id;
    final String title;
    final Form form;
    final Vocabulary.Topic topic;
    final LinkedHashMap<String, Val> fields = new LinkedHashMap<>();
    /** Planning decisions the filler needs (main runbook, target SPOF, drill kind ...); never written. */
    final java.util.Map<String, Object> hints = new java.util.HashMap<>();
    /** The body blocks of Markdown and AsciiDoc records; empty for YAML records. */
    List<Block> body = List.of();

    Rec(Kind kind, int index, String id, String title, Form form, Vocabulary.Topic topic) {
        this.kind = kind;
        this.index = index;
        this.id = id;
        this.title = title;
        this.form = form;
        this.topic = topic;
    }

    /** Drops the filled fields and body once the record's files are written. */
    void release() {
        fields.clear();
        body = List.of();
    }

    /** The path of the record's file below the content folder. */
    String path() {
        return kind.folder + "/" + id + "." + form.extension;
    }

    @Override
    public String toString() {
        return kind.key + ":" + id;
    }
}
