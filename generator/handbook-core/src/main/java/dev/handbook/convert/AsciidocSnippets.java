package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import dev.handbook.model.SnippetOptions;
import dev.handbook.model.WrittenOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verification snippets of AsciiDoc markup: found in its source, and marked in its HTML. */
final class AsciidocSnippets {

    private static final Pattern VERIFY_BLOCK = Pattern.compile("\\[source,\\s*([\\w-]+)\\s*,(.*\\brole=\"?verify\"?.*)\\]");

    private AsciidocSnippets() {}

    /** Source blocks with {@code role=verify}: {@code [source,sh,role=verify,timeout=10s]} then a {@code ----} block. */
    static void collect(Markup markup, EntryId owner, List<Snippet> snippets, Diagnostics diagnostics) {
        String[] lines = markup.source().split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            Matcher attributes = VERIFY_BLOCK.matcher(lines[i].strip());
            if (!attributes.matches() || !lines[i + 1].strip().matches("-{4,}")) {
                continue;
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (String attribute : splitAttributes(attributes.group(2))) {
                int eq = attribute.indexOf('=');
                String key = eq < 0 ? attribute : attribute.substring(0, eq).strip();
                String value = eq < 0 ? "" : attribute.substring(eq + 1).strip().replaceAll("^\"|\"$", "");
                if (!key.equals("role")) {
                    options.put(key, value);
                }
            }
            String fence = lines[i + 1].strip();
            StringBuilder code = new StringBuilder();
            int j = i + 2;
            for (; j < lines.length && !lines[j].strip().equals(fence); j++) {
                code.append(lines[j]).append('\n');
            }
            SourcePosition at = SourcePosition.of(markup.where().path(), markup.where().line() + i, 1);
            // attributes are separated by commas, so a list's items are separated by `;` (`env=A;B`)
            SnippetOptions.build(owner, attributes.group(1), code.toString(), WrittenOptions.ofWords(options, ";"), "snippet " + (snippets.size() + 1),
                    at, diagnostics)
                    .ifPresent(snippets::add);
            i = j;
        }
    }

    /** Splits {@code a=1,name="x, y",b} at commas outside double quotes. */
    private static List<String> splitAttributes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString().strip());
        }
        return parts;
    }

    /** Puts each snippet's marker after its rendered listing block, which Asciidoctor gives the class {@code verify}. */
    static String mark(String html, List<Snippet> snippets) {
        StringBuilder out = new StringBuilder(html);
        int from = 0;
        for (Snippet snippet : snippets) {
            int block = out.indexOf("<div class=\"listingblock verify\">", from);
            int end = block < 0 ? -1 : out.indexOf("</pre>\n</div>\n</div>", block);
            if (end < 0) {
                out.append(snippet.marker()).append('\n');
                continue;
            }
            int insertAt = end + "</pre>\n</div>\n</div>".length();
            out.insert(insertAt, "\n" + snippet.marker());
            from = insertAt;
        }
        return out.toString();
    }
}
