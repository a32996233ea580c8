package dev.handbook.layout;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.formats.FormatInput;
import dev.handbook.formats.FormatReader;
import dev.handbook.formats.FormatReaders;
import dev.handbook.formats.FormatResult;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.parse.FrontMatter;
import dev.handbook.schema.Schemas;
import dev.handbook.yaml.YamlMap;
import dev.handbook.parse.RecordText;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells how {@code format: auto} would read one file, as the build's format dispatch decides: native when its front
 * matter (or YAML record) holds only fields of its kind, else the first format reader that recognises it, else
 * native when it has front matter at all; a file none of these fit is not placed.
 */
final class RecordSniffer {

    /**
     * What a file is.
     *
     * @param format {@link FormatReaders#NATIVE} or a reader's name; empty when no format reads it
     * @param fields the fields it sets, to tell which defaults the build needs
     * @param skipped why it is no record (a template), or empty
     */
    record Sniffed(Optional<String> format, Set<String> fields, Optional<String> skipped) {

        static final Sniffed UNPLACED = new Sniffed(Optional.empty(), Set.of(), Optional.empty());
    }

    private final FormatReaders readers;

    RecordSniffer(FormatReaders readers) {
        this.readers = readers;
    }

    Sniffed sniff(EntryKind kind, SourceFormat markup, String fileName, String displayPath, String text) {
        Optional<YamlMap> own = fields(markup, displayPath, text);
        if (own.filter(map -> !map.entries().isEmpty() && keys(map).stream().allMatch(k -> Schemas.forKind(kind).field(k).isPresent())).isPresent()) {
            return new Sniffed(Optional.of(FormatReaders.NATIVE), keys(own.get()), Optional.empty());
        }
        FormatInput input = new FormatInput(kind, markup, fileName, displayPath, text, FormatInput.Collection.NONE);
        Optional<FormatReader> reader = readers.detect(input);
        if (reader.isPresent()) {
            FormatResult result = reader.get().read(input, new Diagnostics());
            if (result instanceof FormatResult.Skipped skipped) {
                return new Sniffed(Optional.empty(), Set.of(), Optional.of(skipped.reason()));
            }
            Set<String> fields = result instanceof FormatResult.Read read ? keys(read.fields()) : Set.of();
            return new Sniffed(Optional.of(reader.get().name()), fields, Optional.empty());
        }
        return own.map(map -> new Sniffed(Optional.of(FormatReaders.NATIVE), keys(map), Optional.empty())).orElse(Sniffed.UNPLACED);
    }

    /** The front matter's (or the YAML record's) mapping, if the file has one. */
    private Optional<YamlMap> fields(SourceFormat markup, String displayPath, String text) {
        return RecordText.quietFields(markup, text, displayPath);
    }

    private static Set<String> keys(YamlMap map) {
        return map.entries().stream().map(YamlMap.Entry::key).collect(Collectors.toSet());
    }
}
