package dev.handbook.yaml;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * YAML allows a TAB as the space after an indicator ({@code key:<TAB>value}, {@code -<TAB>item}); SnakeYAML rejects it
 * where it looks for the next token. Such a TAB is never part of a value, so it can be read as a space without moving
 * any position. TABs in indentation stay errors.
 */
final class YamlTabs {

    private YamlTabs() {}

    /** {@code text} with the TAB {@code e} complains about replaced by a space, if it separates tokens on its line. */
    static Optional<String> separatorAsSpace(String text, MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        if (mark == null || e.getProblem() == null || !e.getProblem().contains("\\t(TAB)")) {
            return Optional.empty();
        }
        int index;
        try {
            index = text.offsetByCodePoints(0, mark.getIndex());
        } catch (IndexOutOfBoundsException outside) {
            return Optional.empty();
        }
        if (index >= text.length() || text.charAt(index) != '\t') {
            return Optional.empty();
        }
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        if (text.substring(lineStart, index).isBlank()) {
            return Optional.empty(); // indentation
        }
        return Optional.of(text.substring(0, index) + ' ' + text.substring(index + 1));
    }
}
