package dev.handbook.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits an ADR of MADR 2 and log4brains, whose metadata is a list under the title ({@code - Status: accepted}), as
 * log4brains' own {@code supersedeAdr} does: the status value becomes {@code superseded by [slug](file)}, and a link
 * is a {@code - Verb [slug](file)} bullet at the end of the {@code ## Links} list (a new {@code ## Links} section at
 * the end of the file when it has none).
 */
final class MadrListEditor implements AdrLinkEditor {

    /** A metadata bullet {@code - Status: …}, the form {@link #recognises} looks for above the first section. */
    private static final Pattern STATUS = Pattern.compile("(?i)^(\\s*[-*+]\\s+status\\s*:\\s*)(.*)$");
    private static final Pattern LINKS = Pattern.compile("(?i)^##\\s+links\\s*(<!--.*-->)?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^([-*+])\\s+\\S.*$");

    private final String path;

    MadrListEditor(String path) {
        this.path = path;
    }

    /** Whether {@code text} has a {@code - Status:} bullet before its first {@code ##} section. */
    static boolean recognises(String text) {
        return statusLine(AdrLinkEditor.lines(text)) >= 0;
    }

    @Override
    public String superseded(String text, AdrRef by) {
        List<String> lines = AdrLinkEditor.lines(text);
        int status = statusLine(lines);
        if (status < 0) {
            throw AdrLinkEditor.cannotEdit(path, "it has no `- Status:` line under its title");
        }
        Matcher line = STATUS.matcher(lines.get(status));
        line.matches();
        lines.set(status, line.group(1) + "superseded by " + link(by));
        return String.join("\n", lines);
    }

    @Override
    public String linked(String text, String verb, AdrRef to) {
        List<String> lines = AdrLinkEditor.lines(text);
        int heading = -1;
        for (int i = 0; i < lines.size() && heading < 0; i++) {
            heading = LINKS.matcher(lines.get(i)).matches() ? i : -1;
        }
        if (heading < 0) {
            AdrLinkEditor.trimmedEnd(lines).addAll(List.of("", "## Links", "", "- " + verb + " " + link(to), ""));
            return String.join("\n", lines);
        }
        int last = heading;
        String marker = "-";
        for (int i = heading + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            Matcher bullet = BULLET.matcher(lines.get(i));
            if (bullet.matches()) {
                last = i;
                marker = bullet.group(1);
            }
        }
        lines.add(last + 1, (last == heading ? "\n" : "") + marker + " " + verb + " " + link(to));
        return String.join("\n", lines);
    }

    /** log4brains links an ADR by its slug, the file name without {@code .md}. */
    private static String link(AdrRef adr) {
        return "[" + adr.fileName().replaceFirst("\\.md$", "") + "](" + adr.fileName() + ")";
    }

    private static int statusLine(List<String> lines) {
        for (int i = 0; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (STATUS.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }
}
