package dev.handbook.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into a {@link YamlNode} tree with positions, using Jackson's streaming parser.
 *
 * <p>Syntax errors and duplicate keys are reported to {@link Diagnostics}; a document with a syntax error yields
 * nothing. Thread-safe: {@link YAMLFactory} is, and each call has its own parser.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    /**
     * Parses {@code text}, which starts at line {@code firstLine} of the file {@code path} (1 for a whole YAML file, 2
     * for front matter after a {@code ---} line).
     */
    public Optional<YamlNode> read(String text, String path, int firstLine, Diagnostics diagnostics) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            Reader reader = new Reader(parser, path, firstLine - 1, diagnostics);
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            return Optional.of(reader.node());
        } catch (JacksonException e) {
            diagnostics.error(
                    "yaml.syntax",
                    syntaxErrorPosition(e, path, firstLine),
                    "Invalid YAML: " + syntaxErrorMessage(e) + ".",
                    "Check indentation and quoting on this line and the one above it.");
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    /** Where the construct that failed began (an unclosed quote), else where the parser noticed. */
    private static SourcePosition syntaxErrorPosition(JacksonException e, String path, int firstLine) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            Mark mark = marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
            if (mark != null) {
                return SourcePosition.of(path, mark.getLine() + firstLine, mark.getColumn() + 1);
            }
        }
        JsonLocation at = e.getLocation();
        return at == null
                ? SourcePosition.of(path, firstLine, 1)
                : SourcePosition.of(path, at.getLineNr() + firstLine - 1, at.getColumnNr());
    }

    private static String syntaxErrorMessage(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            String problem = marked.getProblem().strip();
            return marked.getContext() == null ? problem : problem + " " + marked.getContext().strip();
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        String first = message == null ? "syntax error" : message.strip().lines().findFirst().orElse("syntax error");
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    /** Walks the token stream; one instance per document. */
    private static final class Reader {
        private final JsonParser parser;
        private final String path;
        private final int lineOffset;
        private final Diagnostics diagnostics;

        Reader(JsonParser parser, String path, int lineOffset, Diagnostics diagnostics) {
            this.parser = parser;
            this.path = path;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        /** Reads the value at the current token, leaving the parser on its last token. */
        YamlNode node() throws IOException {
            SourcePosition at = position();
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                return map(at);
            }
            if (token == JsonToken.START_ARRAY) {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node());
                }
                return new YamlList(items, at);
            }
            // An empty value (`key:`) arrives as an empty string; like `~`, it means "not set".
            if (token == JsonToken.VALUE_NULL || parser.getText().isEmpty()) {
                return new YamlScalar("", true, at);
            }
            return new YamlScalar(parser.getText(), false, at);
        }

        private YamlMap map(SourcePosition at) throws IOException {
            List<YamlMap.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourcePosition keyAt = position();
                parser.nextToken();
                YamlNode value = node();
                if (seen.add(key)) {
                    entries.add(new YamlMap.Entry(key, keyAt, value));
                } else {
                    diagnostics.error(
                            "yaml.duplicate-key",
                            keyAt,
                            "Duplicate key '" + key + "'.",
                            "Each key may appear once in a mapping: remove or merge this one.");
                }
            }
            return new YamlMap(entries, at);
        }

        private SourcePosition position() {
            JsonLocation location = parser.currentTokenLocation();
            return SourcePosition.of(path, location.getLineNr() + lineOffset, location.getColumnNr());
        }
    }
}
