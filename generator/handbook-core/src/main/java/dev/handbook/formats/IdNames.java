package dev.handbook.formats;

import java.util.Locale;
import java.util.Set;

/**
 * The rule that turns a file name into a record id: the markup extensions are dropped, the rest is case folded, and
 * spaces and underscores become dashes. {@code ADR-1.md} is {@code adr-1}, {@code 0012-handle-bibEntry.md} is
 * {@code 0012-handle-bibentry}. Readers use it for the targets of relations, which are written as links to files.
 *
 * <p>Provisional home: the sources engineer implements the same rule for ids; it may move there at merge.
 */
public final class IdNames {

    /** Extensions a record file can end in, dropped as a chain ({@code .html.md.erb}). */
    private static final Set<String> EXTENSIONS =
            Set.of("md", "markdown", "adoc", "asciidoc", "yaml", "yml", "json", "erb", "html", "txt");

    private IdNames() {}

    /** The id of the file {@code name}; a path is cut to its last segment, and an anchor or query is ignored. */
    public static String fromFileName(String name) {
        String file = name.replaceFirst("[#?].*$", "");
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        while (dot > 0 && EXTENSIONS.contains(file.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            file = file.substring(0, dot);
            dot = file.lastIndexOf('.');
        }
        return file.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    }
}
