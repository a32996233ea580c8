package dev.handbook.parse;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.formats.FormatInput;
import dev.handbook.formats.FormatReader;
import dev.handbook.formats.FormatReaders;
import dev.handbook.formats.FormatResult;
import dev.handbook.model.SourceFormat;
import dev.handbook.schema.Schemas;
import dev.handbook.source.SourceFile;
import dev.handbook.yaml.YamlMap;
import java.util.List;
import java.util.Optional;

/**
 * Chooses how a file is read: handbook's own format, or a {@link FormatReader}. Under {@code format: auto} a file is
 * native when its front matter (or, for a YAML file, its mapping) holds only fields of its kind; otherwise the first
 * reader that recognises it reads it; a file no reader recognises is native if it has front matter (so its unknown
 * fields are reported as usual) and an error naming the formats tried if it has none. A file whose keys need the
 * source's {@code fields:} renames is not native: it is another tool's vocabulary, which a reader takes (title from the
 * H1, date-times as dates); read natively (no reader for its kind), it is renamed before it is checked.
 */
final class FormatDispatch {

    private final FormatReaders readers;

    FormatDispatch(FormatReaders readers) {
        this.readers = readers;
    }

    /** What a reader made of {@code file}; empty when the file is in handbook's own format. */
    Optional<FormatResult> read(SourceFile file, String text, Diagnostics diagnostics) {
        if (file.reader().equals(FormatReaders.NATIVE) || (file.reader().equals(FormatReaders.AUTO) && isNative(file, text))) {
            return Optional.empty();
        }
        FormatInput input = new FormatInput(file.kind(), file.format(), file.file().getFileName().toString(), file.displayPath(), text,
                file.collection(), file.fields());
        boolean auto = file.reader().equals(FormatReaders.AUTO);
        Optional<FormatReader> reader = auto ? readers.detect(input) : readers.named(file.reader());
        if (reader.isEmpty()) {
            if (auto && (!file.format().hasBody() || FrontMatter.split(text).isPresent())) {
                return Optional.empty();
            }
            List<String> tried = readers.names().stream()
                    .filter(name -> readers.named(name).map(r -> r.kinds().contains(file.kind())).orElse(false)).toList();
            diagnostics.error("format.unrecognised", SourcePosition.file(file.displayPath()),
                    "No format recognises this file as a " + file.kind().key() + " (tried: native front matter"
                            + (tried.isEmpty() ? "" : ", " + String.join(", ", tried)) + ").",
                    "Add front matter (`---`, `title: …`, `---`), set `format:` of its source in site/handbook.yaml to the format it is"
                            + " written in, or leave it out with the source's `exclude:`.");
            return Optional.of(new FormatResult.Failed());
        }
        FormatResult result = reader.get().read(input, diagnostics);
        if (result instanceof FormatResult.Failed && !diagnostics.hasErrors()) {
            diagnostics.error("format.failed", SourcePosition.file(file.displayPath()),
                    "The " + reader.get().name() + " format could not read this file.", "Set `format:` of its source to the format it is written in.");
        }
        return Optional.of(result);
    }

    /** Whether the file's fields (front matter, or the YAML record) are all fields of its kind. */
    private boolean isNative(SourceFile file, String text) {
        return RecordText.quietFields(file.format(), text, file.displayPath())
                .map(map -> !map.entries().isEmpty() && map.entries().stream().allMatch(e -> Schemas.forKind(file.kind()).field(e.key()).isPresent()))
                .orElse(false);
    }
}
