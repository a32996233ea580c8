package dev.handbook.formats;

import dev.handbook.model.Markup;
import dev.handbook.yaml.YamlMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a {@link FormatReader} made of one file. */
public sealed interface FormatResult {

    /**
     * A record: its fields, keyed and positioned as native front matter would be ({@code title}, {@code status},
     * {@code date}, {@code supersedes}, …), and its body with the lines the reader consumed removed.
     */
    record Read(YamlMap fields, Optional<Markup> body) implements FormatResult {
        public Read {
            Objects.requireNonNull(fields, "fields must not be null");
            Objects.requireNonNull(body, "body must not be null");
        }
    }

    /**
     * Several records from one file: a tool's output that lists several runs or objects. Each record's fields carry
     * its {@code id}, as the file name cannot tell them apart.
     */
    record Several(List<Read> records) implements FormatResult {
        public Several {
            records = List.copyOf(records);
        }
    }

    /**
     * Not a record (a template, an index): counted in the build's summary of skipped files, with this reason. The
     * reason is a plural noun phrase, as the summary prints {@code skipped <count> <reason>: <files>}, e.g.
     * {@code template files} or {@code index pages}.
     */
    record Skipped(String reason) implements FormatResult {}

    /** Could not be read; the errors are in the diagnostics. */
    record Failed() implements FormatResult {}
}
