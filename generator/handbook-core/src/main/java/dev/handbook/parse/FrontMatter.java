package dev.handbook.parse;

import java.util.Optional;

/**
 * A Markdown or AsciiDoc file split into its YAML front matter and its body.
 *
 * @param yaml the text between the {@code ---} lines
 * @param yamlFirstLine the file line the YAML starts on (2)
 * @param body everything after the closing line
 * @param bodyFirstLine the file line the body starts on
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /**
     * Splits {@code text}, which must open with a {@code ---} line; the front matter ends at the next {@code ---} (or
     * {@code ...}) line. Empty when the text has no complete front matter.
     */
    public static Optional<FrontMatter> split(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!(normalized.startsWith("---\n") || normalized.startsWith("---\r\n"))) {
            return Optional.empty();
        }
        int lineStart = normalized.indexOf('\n') + 1;
        int line = 2;
        while (lineStart <= normalized.length()) {
            int lineEnd = normalized.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? normalized.length() : lineEnd;
            String content = normalized.substring(lineStart, end).stripTrailing();
            if (content.equals("---") || content.equals("...")) {
                String yaml = normalized.substring(normalized.indexOf('\n') + 1, lineStart);
                String body = lineEnd < 0 ? "" : normalized.substring(lineEnd + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return Optional.empty();
    }
}
