package dev.handbook.yaml;

import dev.handbook.diagnostics.SourcePosition;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns SnakeYAML's exceptions into the position, message and hint of a diagnostic. */
final class YamlErrors {

    private YamlErrors() {}

    /** Where the construct that failed began (an unclosed quote), else where the parser noticed. */
    static SourcePosition position(MarkedYAMLException e, String path, int firstLine) {
        Mark mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
        return mark == null ? SourcePosition.of(path, firstLine, 1) : SourcePosition.of(path, mark.getLine() + firstLine, mark.getColumn() + 1);
    }

    static String message(MarkedYAMLException e) {
        if (e.getProblem() == null) {
            return firstLine(e.getMessage());
        }
        String problem = e.getProblem().strip();
        return e.getContext() == null ? problem : problem + " " + e.getContext().strip();
    }

    /** Alias problems are not about indentation; everything else usually is. */
    static String code(YAMLException e) {
        return isAboutAliases(e) ? "yaml.alias" : "yaml.syntax";
    }

    static String hint(YAMLException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("Number of aliases")) {
            return "Repeat values instead of aliasing lists and mappings this often.";
        }
        if (isAboutAliases(e)) {
            return "Define the anchor (`&name`) before its alias (`*name`), or repeat the value instead of aliasing it.";
        }
        return "Check indentation and quoting on this line and the one above it.";
    }

    private static boolean isAboutAliases(YAMLException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return text.contains("alias") || text.contains("anchor");
    }

    static String firstLine(String message) {
        String first = message == null ? "syntax error" : message.strip().lines().findFirst().orElse("syntax error");
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
