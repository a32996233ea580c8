package dev.handbook.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON file (the output of {@code chaos run}, {@code kubectl -o json}, {@code pgbackrest info --output=json})
 * into the same positioned {@link YamlNode} tree a YAML file gives, with Jackson's streaming parser: fast on files of
 * megabytes, and every value keeps its line and column. Numbers keep their text, so a pgBackRest {@code system-id}
 * above 2^53 stays exact.
 *
 * <p>Thread-safe: the factory is immutable once built and each call has its own parser.
 */
public final class JsonReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024).build())
            .build();

    /** Parses {@code text}, the whole of the file {@code path}; a syntax error is reported and yields nothing. */
    public Optional<YamlNode> read(String text, String path, Diagnostics diagnostics) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            YamlNode node = value(parser, path);
            JsonToken after = parser.nextToken();
            if (after != null) {
                diagnostics.error("json.syntax", at(parser.currentTokenLocation(), path), "Invalid JSON: more text after the end of the value.",
                        "A file holds one JSON value; wrap several in a list `[ … ]` or split them into files.");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonParseException e) {
            diagnostics.error("json.syntax", at(e.getLocation(), path), "Invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("") + ".",
                    text.isBlank() ? "The file is empty; write the tool's output into it again." : "Is the file complete? A tool that was"
                            + " stopped while writing leaves it cut off; run it again, or fix the text at this position.");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error("json.syntax", SourcePosition.file(path), "Invalid JSON: " + e.getMessage() + ".", "Fix the file, or leave it out with `exclude:`.");
            return Optional.empty();
        }
    }

    private static YamlNode value(JsonParser parser, String path) throws IOException {
        SourcePosition where = at(parser.currentTokenLocation(), path);
        switch (parser.currentToken()) {
            case START_OBJECT: {
                List<YamlMap.Entry> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourcePosition keyAt = at(parser.currentTokenLocation(), path);
                    parser.nextToken();
                    entries.add(new YamlMap.Entry(key, keyAt, value(parser, path)));
                }
                return new YamlMap(entries, where);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, path));
                }
                return new YamlList(items, where);
            }
            case VALUE_NULL:
                return new YamlScalar("", true, where);
            default:
                return new YamlScalar(parser.getText(), false, where);
        }
    }

    private static SourcePosition at(JsonLocation location, String path) {
        return location == null || location.getLineNr() < 1 ? SourcePosition.file(path)
                : SourcePosition.of(path, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
