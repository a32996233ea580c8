package dev.handbook.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each key of a TOML text is written, by dotted path ({@code menu.main.weight}; the n-th table of an array of
 * tables is {@code name#n}). Jackson's TOML parser, which reads the values and reports syntax errors, keeps no
 * positions, so this locates keys line by line in text Jackson has already accepted. Values are never read here.
 */
final class TomlKeyLines {

    private static final Pattern TABLE = Pattern.compile("^\\s*(\\[\\[?)\\s*([^\\]]+?)\\s*\\]\\]?\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile("^(\\s*)((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\\s*\\.\\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\\s*=");

    /** Line (1-based, in the text) and column of each key path found. */
    record At(int line, int column) {}

    private TomlKeyLines() {}

    static Map<String, At> of(String toml) {
        Map<String, At> found = new HashMap<>();
        Map<String, Integer> arrayTables = new HashMap<>();
        String table = "";
        String multiLine = null; // the delimiter of an open multi-line string
        List<String> lines = List.of(toml.split("\r\n|\r|\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (multiLine != null) {
                multiLine = count(line, multiLine) % 2 == 1 ? null : multiLine;
                continue;
            }
            Matcher header = TABLE.matcher(line);
            Matcher key = KEY.matcher(line);
            if (header.matches()) {
                String name = path(header.group(2));
                if (header.group(1).equals("[[")) {
                    int index = arrayTables.merge(name, 1, Integer::sum) - 1;
                    name = name + "#" + index;
                }
                table = name;
                found.putIfAbsent(table, new At(i + 1, line.indexOf('[') + 1));
            } else if (key.find()) {
                String full = (table.isEmpty() ? "" : table + ".") + path(key.group(2));
                found.putIfAbsent(full, new At(i + 1, key.group(1).length() + 1));
                String rest = line.substring(key.end());
                for (String delimiter : List.of("\"\"\"", "'''")) {
                    if (count(rest, delimiter) % 2 == 1) {
                        multiLine = delimiter;
                    }
                }
            }
        }
        return found;
    }

    /** A dotted key with its parts unquoted and whitespace around dots removed. */
    private static String path(String dotted) {
        List<String> parts = new ArrayList<>();
        Matcher part = Pattern.compile("\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)").matcher(dotted);
        while (part.find()) {
            parts.add(part.group(1) != null ? part.group(1) : part.group(2) != null ? part.group(2) : part.group(3));
        }
        return String.join(".", parts);
    }

    private static int count(String text, String delimiter) {
        int n = 0;
        for (int at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, at + delimiter.length())) {
            n++;
        }
        return n;
    }
}
