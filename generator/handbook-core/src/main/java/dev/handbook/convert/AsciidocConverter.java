package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import dev.handbook.verify.SnippetOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogRecord;

/**
 * Converts AsciiDoc with AsciidoctorJ. Record links, {@code xref:id[]} and {@code <<id>>} (when {@code id} names a
 * record; otherwise it is an in-page anchor, as in plain AsciiDoc), become links to their pages and count as
 * references; Asciidoctor's own warnings join the diagnostics with their line numbers.
 *
 * <p>AsciidoctorJ takes seconds to start, so an instance is created only for builds that have AsciiDoc, via
 * {@link #start()}. Conversions are serialised, because log records arrive on the shared instance.
 */
public final class AsciidocConverter implements AutoCloseable {

    private static final Pattern XREF = Pattern.compile("xref:([a-z0-9][a-z0-9._-]*)\\[([^\\]]*)\\]");
    private static final Pattern ANGLE_XREF = Pattern.compile("<<([a-z0-9][a-z0-9._-]*)(?:,\\s*([^>]*))?>>");
    private static final Pattern VERIFY_BLOCK = Pattern.compile("\\[source,\\s*([\\w-]+)\\s*,(.*\\brole=\"?verify\"?.*)\\]");
    private static final Pattern DELIMITER = Pattern.compile("(-{4,}|\\.{4,}|\\+{4,}|/{4,}|`{3,})\\s*");

    private final Asciidoctor asciidoctor;
    private final Options options;
    private Markup current;
    private Diagnostics currentDiagnostics;

    private AsciidocConverter(Asciidoctor asciidoctor) {
        this.asciidoctor = asciidoctor;
        this.options =
                Options.builder()
                        .safe(SafeMode.SECURE)
                        .standalone(false)
                        .sourcemap(true)
                        .attributes(
                                Attributes.builder()
                                        .attribute("idprefix", "")
                                        .attribute("idseparator", "-")
                                        .attribute("sectanchors", "")
                                        .attribute("showtitle!", "")
                                        .build())
                        .build();
        asciidoctor.registerLogHandler(this::log);
    }

    /** Starts AsciidoctorJ (slow: seconds) with its console logging muted; its messages come through diagnostics. */
    public static AsciidocConverter start() {
        Logger.getLogger("asciidoctor").setLevel(Level.OFF);
        return new AsciidocConverter(Asciidoctor.Factory.create());
    }

    public synchronized HtmlFragment convert(Markup markup, EntryId owner, LinkTargets targets, Diagnostics diagnostics) {
        List<Link> links = new ArrayList<>();
        List<Snippet> snippets = new ArrayList<>();
        String source = rewriteLinks(markup, targets, links);
        collectSnippets(markup, owner, snippets, diagnostics);
        current = markup;
        currentDiagnostics = diagnostics;
        try {
            return new HtmlFragment(markSnippets(asciidoctor.convert(source, options), snippets), links, snippets);
        } finally {
            current = null;
            currentDiagnostics = null;
        }
    }

    /** Replaces record links with Asciidoctor {@code link:} macros, outside literal and listing blocks; lines keep their numbers. */
    private static String rewriteLinks(Markup markup, LinkTargets targets, List<Link> links) {
        StringBuilder out = new StringBuilder();
        String closing = null;
        int lineNumber = markup.where().line();
        for (String line : markup.source().split("\n", -1)) {
            Matcher delimiter = DELIMITER.matcher(line);
            if (delimiter.matches()) {
                String fence = delimiter.group(1);
                closing = closing == null ? fence : (closing.equals(fence) ? null : closing);
            } else if (closing == null) {
                line = rewriteLine(line, lineNumber, markup, targets, links);
            }
            out.append(line).append('\n');
            lineNumber++;
        }
        return out.toString();
    }

    /** Source blocks with {@code role=verify}: {@code [source,sh,role=verify,timeout=10s]} then a {@code ----} block. */
    private static void collectSnippets(Markup markup, EntryId owner, List<Snippet> snippets, Diagnostics diagnostics) {
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
            SnippetOptions.build(owner, attributes.group(1), code.toString(), options, "snippet " + (snippets.size() + 1), ";", at, diagnostics)
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
    private static String markSnippets(String html, List<Snippet> snippets) {
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

    private static String rewriteLine(String line, int lineNumber, Markup markup, LinkTargets targets, List<Link> links) {
        StringBuilder out = new StringBuilder();
        Matcher xref = XREF.matcher(line);
        while (xref.find()) {
            String target = xref.group(1);
            links.add(new Link(target, null, SourcePosition.of(markup.where().path(), lineNumber, xref.start() + 1)));
            xref.appendReplacement(out, Matcher.quoteReplacement(macro(targets.resolve(target, null), xref.group(2), target, targets)));
        }
        xref.appendTail(out);
        String rewritten = out.toString();
        out.setLength(0);
        Matcher angle = ANGLE_XREF.matcher(rewritten);
        while (angle.find()) {
            Optional<Entry> entry = targets.resolve(angle.group(1), null);
            String replacement = angle.group();
            if (entry.isPresent()) {
                // Column is approximate once an xref: earlier on the line was rewritten; the line is exact.
                links.add(new Link(angle.group(1), null, SourcePosition.of(markup.where().path(), lineNumber, angle.start() + 1)));
                replacement = macro(entry, angle.group(2) == null ? "" : angle.group(2), angle.group(1), targets);
            }
            angle.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        angle.appendTail(out);
        return out.toString();
    }

    private static String macro(Optional<Entry> entry, String text, String target, LinkTargets targets) {
        String label = text.isBlank() ? entry.map(Entry::title).orElse(target) : text;
        String href = entry.map(targets::href).orElse("#");
        return "link:" + href + "[" + label.replace("]", "\\]") + "]";
    }

    private void log(LogRecord record) {
        if (current == null || currentDiagnostics == null) {
            return;
        }
        Cursor cursor = record.getCursor();
        int line = cursor == null ? current.where().line() : current.where().line() + cursor.getLineNumber() - 1;
        SourcePosition at = SourcePosition.of(current.where().path(), line, 1);
        String message = "AsciiDoc: " + record.getMessage() + ".";
        switch (record.getSeverity()) {
            case ERROR:
            case FATAL:
                currentDiagnostics.error("asciidoc", at, message, "");
                break;
            case WARN:
                currentDiagnostics.warning("asciidoc", at, message, "");
                break;
            default:
                break;
        }
    }

    @Override
    public void close() {
        asciidoctor.close();
    }
}
