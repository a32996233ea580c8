package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogRecord;

/**
 * Converts AsciiDoc with AsciidoctorJ. Record links, {@code xref:id[]} and {@code <<id>>} (when {@code id} names a
 * record; otherwise it is an in-page anchor, as in plain AsciiDoc), become links to their pages and count as
 * references; Asciidoctor's own warnings join the diagnostics with their line numbers. Section headings get
 * entry-unique ids and {@link Permalink}s; Mermaid diagrams become {@link MermaidBlock} HTML.
 *
 * <p>AsciidoctorJ takes seconds to start, so an instance is created only for builds that have AsciiDoc, via
 * {@link #start()}. Conversions are serialised, because log records arrive on the shared instance.
 */
public final class AsciidocConverter implements AutoCloseable {

    /** {@code xref:id[text]} (groups 1, 2) or {@code <<id>>}, {@code <<id,text>>} (groups 3, 4), in one pass so columns are exact. */
    private static final Pattern XREF = Pattern.compile(
            "xref:([A-Za-z0-9][A-Za-z0-9._-]*)\\[([^\\]]*)\\]|<<([\\p{Alpha}0-9_:][\\w:.-]*)(?:,\\s*([^>]*))?>>");
    /** Macros that name a file: {@code image::img/x.png[]}, {@code image:x.svg[]}, {@code link:../x.md#a[text]}. */
    private static final Pattern FILE_MACRO = Pattern.compile("(image::?|link:)([^\\s\\[]+)\\[");
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
                                        // The anchor after the title, where AsciidocHtml makes it a permalink.
                                        .attribute("sectanchors", "after")
                                        .attribute("showtitle!", "")
                                        // No highlighter: code gets the language-* class and no <script>/CDN link.
                                        .attribute("source-highlighter!", "")
                                        .build())
                        .build();
        asciidoctor.registerLogHandler(this::log);
        asciidoctor.javaExtensionRegistry().treeprocessor(new MermaidTreeprocessor());
    }

    /** Held, because JUL keeps loggers weakly: a collected logger forgets its level and prints to the console again. */
    private static final Logger CONSOLE_LOG = Logger.getLogger("asciidoctor");

    /** Starts AsciidoctorJ (slow: seconds) with its console logging muted; its messages come through diagnostics. */
    public static AsciidocConverter start() {
        CONSOLE_LOG.setLevel(Level.OFF);
        return new AsciidocConverter(AsciidoctorRuntime.create());
    }

    /** Converts a piece of markup shown on a page of its own. */
    public HtmlFragment convert(Markup markup, EntryId owner, LinkTargets targets, Diagnostics diagnostics) {
        return convert(markup, owner, targets, new HeadingIds(), diagnostics);
    }

    /** @param ids the heading ids already taken on the owner's page; the ids given here are added */
    public synchronized HtmlFragment convert(
            Markup markup, EntryId owner, LinkTargets targets, HeadingIds ids, Diagnostics diagnostics) {
        List<Link> links = new ArrayList<>();
        List<Snippet> snippets = new ArrayList<>();
        List<Link> anchors = new ArrayList<>();
        RelativeLinks files = new RelativeLinks(markup.where().path(), targets, diagnostics);
        String source = BodyCleanup.withoutAnsi(rewriteLinks(markup, targets, links, anchors, files)); // pasted terminal output
        AsciidocSnippets.collect(markup, owner, snippets, diagnostics);
        current = markup;
        currentDiagnostics = diagnostics;
        try {
            Document document = asciidoctor.load(source, options);
            // A `<<id>>` that is neither a record nor an anchor of this document would be a dead link: report it as one.
            Map<String, Object> refs = document.getCatalog().getRefs();
            anchors.stream().filter(anchor -> !refs.containsKey(anchor.target())).forEach(links::add);
            claimIds(document, ids);
            links.addAll(files.links);
            return AsciidocHtml.fragment(AsciidocSnippets.mark(document.convert(), snippets), links, snippets, files);
        } finally {
            current = null;
            currentDiagnostics = null;
        }
    }

    /**
     * Asciidoctor keeps ids unique within one document; an entry's page shows several, so a heading whose id another
     * piece of the entry took gets a suffix (in-page links to it from its own piece keep the old id).
     */
    private static void claimIds(Document document, HeadingIds ids) {
        for (String context : List.of(":section", ":floating_title")) {
            for (StructuralNode heading : document.findBy(Map.of("context", context))) {
                String id = heading.getId();
                if (id != null) {
                    String claimed = ids.claim(id);
                    if (!claimed.equals(id)) {
                        heading.setId(claimed);
                    }
                }
            }
        }
    }

    /** Replaces record links with Asciidoctor {@code link:} macros, outside literal and listing blocks; lines keep their numbers. */
    private static String rewriteLinks(Markup markup, LinkTargets targets, List<Link> links, List<Link> anchors, RelativeLinks files) {
        StringBuilder out = new StringBuilder();
        String closing = null;
        int lineNumber = markup.where().line();
        for (String line : markup.source().split("\n", -1)) {
            Matcher delimiter = DELIMITER.matcher(line);
            if (delimiter.matches()) {
                String fence = delimiter.group(1);
                closing = closing == null ? fence : (closing.equals(fence) ? null : closing);
            } else if (closing == null) {
                line = rewriteFiles(rewriteLine(line, lineNumber, markup, targets, links, anchors), lineNumber, markup, files);
            }
            out.append(line).append('\n');
            lineNumber++;
        }
        return out.toString();
    }

    private static String rewriteLine(
            String line, int lineNumber, Markup markup, LinkTargets targets, List<Link> links, List<Link> anchors) {
        StringBuilder out = new StringBuilder();
        Matcher xref = XREF.matcher(line);
        while (xref.find()) {
            boolean angle = xref.group(1) == null;
            String target = angle ? xref.group(3) : xref.group(1);
            String text = angle ? Objects.toString(xref.group(4), "") : xref.group(2);
            Link link = new Link(target, null, SourcePosition.of(markup.where().path(), lineNumber, xref.start() + 1));
            Optional<Entry> entry = targets.resolve(target, null);
            String replacement = xref.group();
            if (!angle || entry.isPresent()) {
                links.add(link);
                replacement = macro(entry, text, target, targets);
            } else {
                anchors.add(link); // an in-page anchor, unless the document has no such id
            }
            xref.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        xref.appendTail(out);
        return out.toString();
    }

    /** Points macros that name another record's file, or a file to copy, where the site has it ({@link RelativeLinks}). */
    private static String rewriteFiles(String line, int lineNumber, Markup markup, RelativeLinks files) {
        if (line.indexOf("image:") < 0 && line.indexOf("link:") < 0) {
            return line;
        }
        return FILE_MACRO.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + files.rewrite(m.group(2), SourcePosition.of(markup.where().path(), lineNumber, m.start(2) + 1)).orElse(m.group(2)) + "["));
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
