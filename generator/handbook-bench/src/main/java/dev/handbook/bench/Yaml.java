package dev.handbook.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes record fields as YAML (handbook records and front matter), rendering link markers as handbook Markdown. */
final class Yaml {

    private Yaml() {}

    static void fields(StringBuilder out, Map<String, Val> fields, int indent) {
        String pad = " ".repeat(indent);
        for (Map.Entry<String, Val> field : fields.entrySet()) {
            out.append(pad).append(field.getKey()).append(':');
            value(out, field.getValue(), indent);
        }
    }

    /** Writes what follows {@code key:}, including the line end. */
    private static void value(StringBuilder out, Val value, int indent) {
        String inner = " ".repeat(indent + 2);
        if (value instanceof Val.Plain v) {
            out.append(' ').append(v.value()).append('\n');
        } else if (value instanceof Val.Str v) {
            out.append(' ').append(quote(v.value())).append('\n');
        } else if (value instanceof Val.Ref v) {
            out.append(' ').append(v.id()).append('\n');
        } else if (value instanceof Val.Text v) {
            out.append(" |\n");
            for (String line : markdown(v.value()).split("\n", -1)) {
                if (!line.isEmpty()) {
                    out.append(inner).append(line);
                }
                out.append('\n');
            }
        } else if (value instanceof Val.Refs v) {
            flow(out, v.ids());
        } else if (value instanceof Val.Words v) {
            flow(out, v.values());
        } else if (value instanceof Val.Strs v) {
            block(out, v.values(), inner);
        } else if (value instanceof Val.Texts v) {
            block(out, v.values().stream().map(Yaml::markdown).toList(), inner);
        } else if (value instanceof Val.Objects v) {
            out.append('\n');
            for (LinkedHashMap<String, Val> object : v.values()) {
                StringBuilder item = new StringBuilder();
                fields(item, object, indent + 4);
                // "- " replaces the first two spaces of the first line's indentation.
                out.append(inner).append("- ").append(item, indent + 4, item.length());
            }
        } else if (value instanceof Val.Mapping v) {
            out.append('\n');
            fields(out, v.values(), indent + 2);
        } else {
            throw new IllegalArgumentException(value.toString());
        }
    }

    private static void flow(StringBuilder out, List<String> items) {
        out.append(" [").append(String.join(", ", items)).append("]\n");
    }

    private static void block(StringBuilder out, List<String> items, String inner) {
        out.append('\n');
        for (String item : items) {
            out.append(inner).append("- ").append(quote(item)).append('\n');
        }
    }

    private static String markdown(String inline) {
        return Inline.render(inline, Inline.Style.MARKDOWN);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
