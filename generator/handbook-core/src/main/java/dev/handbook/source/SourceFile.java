package dev.handbook.source;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.formats.FormatInput;
import dev.handbook.formats.FormatReaders;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.yaml.YamlMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One content file to load.
 *
 * @param file where to read it
 * @param displayPath its path as shown in diagnostics and pages (relative, forward slashes)
 * @param reader {@link FormatReaders#NATIVE}, {@link FormatReaders#AUTO} or the name of the format reader its source names
 * @param defaults fields it gets when it does not set them, from its source (an empty mapping for {@code content/})
 * @param collection what its source's files tell about it as a whole (date order)
 * @param listed whether it comes from a {@code sources:} entry rather than a kind's folder under {@code content/}
 * @param fields its source's renames of front matter keys to the kind's fields (empty for {@code content/})
 */
public record SourceFile(
        EntryKind kind, SourceFormat format, Path file, String displayPath, String reader, YamlMap defaults,
        FormatInput.Collection collection, boolean listed, Map<String, String> fields) {

    private static final YamlMap NO_DEFAULTS = new YamlMap(List.of(), SourcePosition.file(""));

    public SourceFile {
        Objects.requireNonNull(reader, "reader must not be null");
        Objects.requireNonNull(defaults, "defaults must not be null");
        Objects.requireNonNull(collection, "collection must not be null");
        fields = Map.copyOf(fields);
    }

    /** A file of a kind's folder under {@code content/}: handbook's own format, no defaults. */
    public SourceFile(EntryKind kind, SourceFormat format, Path file, String displayPath) {
        this(kind, format, file, displayPath, FormatReaders.NATIVE, NO_DEFAULTS, FormatInput.Collection.NONE, false, Map.of());
    }

    /** The file name without its extension ({@code .html.md.erb} whole), from which the record's default id is derived. */
    public String stem() {
        String name = file.getFileName().toString();
        String erb = name.replaceFirst("(\\.html)?\\.md\\.erb$", "");
        if (!erb.equals(name)) {
            return erb;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
