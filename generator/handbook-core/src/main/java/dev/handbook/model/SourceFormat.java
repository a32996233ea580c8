package dev.handbook.model;

import java.util.Optional;

/** The file forms a record can be written in, recognised by file extension. */
public enum SourceFormat {
    MARKDOWN,
    ASCIIDOC,
    YAML,
    /** A record as JSON, such as a tool's output file ({@code journal.json}); read like a YAML record. */
    JSON;

    /** The form of file {@code name}; GOV.UK tech docs' {@code .html.md.erb} pages are Markdown. */
    public static Optional<SourceFormat> ofFileName(String name) {
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".md.erb")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".adoc") || name.endsWith(".asciidoc")) {
            return Optional.of(ASCIIDOC);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    public boolean hasBody() {
        return this == MARKDOWN || this == ASCIIDOC;
    }
}
