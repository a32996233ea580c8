package dev.handbook.formats;

import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One file as a {@link FormatReader} sees it.
 *
 * @param kind the kind of record its source holds
 * @param markup whether its body is Markdown or AsciiDoc (or a YAML/JSON record)
 * @param fileName its file name, which readers may take numbers, dates and ids from
 * @param displayPath its path as diagnostics show it
 * @param text its whole text, decoded from UTF-8
 * @param collection what the reader may need to know about the other files of the same source
 * @param fields the source's {@code fields:} map, from keys of another vocabulary to handbook's ({@code start_time: date})
 */
public record FormatInput(
        EntryKind kind, SourceFormat markup, String fileName, String displayPath, String text, Collection collection,
        Map<String, String> fields) {

    /** A file of a source without a {@code fields:} map. */
    public FormatInput(EntryKind kind, SourceFormat markup, String fileName, String displayPath, String text, Collection collection) {
        this(kind, markup, fileName, displayPath, text, collection, Map.of());
    }

    public FormatInput {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(markup, "markup must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null");
        Objects.requireNonNull(displayPath, "displayPath must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(collection, "collection must not be null");
        fields = Map.copyOf(fields);
    }

    /**
     * Facts about a whole source that single files cannot tell.
     *
     * @param dayFirst whether ambiguous dates such as {@code 03/04/2021} are day first, inferred from the dates of
     *     the whole collection that are not ambiguous (a collection writes them one way)
     * @param targets the source's {@code map:}: the records (SPOFs, services) that evidence carrying a name (a
     *     pgBackRest stanza, a namespace, a schedule, an experiment's name) belongs to; keys folded to lower case
     */
    public record Collection(boolean dayFirst, Map<String, List<String>> targets) {
        public static final Collection NONE = new Collection(false);

        public Collection(boolean dayFirst) {
            this(dayFirst, Map.of());
        }

        public Collection {
            targets = Map.copyOf(targets);
        }

        /** This collection with the source's {@code map:}. */
        public Collection withTargets(Map<String, List<String>> map) {
            return new Collection(dayFirst, map);
        }
    }
}
