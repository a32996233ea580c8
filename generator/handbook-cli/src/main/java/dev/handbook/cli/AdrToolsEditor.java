package dev.handbook.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits an ADR in adr-tools' form line by line, as adr-tools' own scripts do ({@code _adr_add_link} and
 * {@code _adr_remove_status}, called by {@code adr new -s} and {@code adr link}), so a collection edited by handbook
 * reads as if adr-tools had edited it:
 *
 * <ul>
 *   <li>a link is the line {@code Verb [N. Title](000N-title.md)} and a blank line, at the end of the {@code ## Status}
 *       section (just before the next {@code ##} heading);
 *   <li>a superseded ADR gets {@code Superseded by [...]} and loses its status line, and runs of blank lines in the
 *       section become one. adr-tools drops only a line that reads {@code Accepted}; handbook drops whatever the status
 *       paragraph is ({@code Proposed} too), so the file then reads as superseded.
 * </ul>
 *
 * Unlike adr-tools, a link is also written when the Status section is the file's last.
 */
final class AdrToolsEditor implements AdrLinkEditor {

    private static final String STATUS = "## Status";

    private final String path;

    AdrToolsEditor(String path) {
        this.path = path;
    }

    @Override
    public String superseded(String text, AdrRef by) {
        List<String> status = statusParagraph(AdrLinkEditor.lines(text));
        return String.join("\n", withoutStatus(AdrLinkEditor.lines(linked(text, "Superseded by", by)), status));
    }

    @Override
    public String linked(String text, String verb, AdrRef to) {
        List<String> lines = AdrLinkEditor.lines(text);
        statusParagraph(lines); // an ADR with no status section cannot take a link
        String link = verb + " " + to.markdownLink();
        List<String> out = new ArrayList<>();
        boolean inStatus = false;
        for (String line : lines) {
            if (line.startsWith("##")) {
                if (inStatus) {
                    out.add(link);
                    out.add("");
                }
                inStatus = line.equals(STATUS);
            }
            out.add(line);
        }
        if (inStatus) {
            AdrLinkEditor.trimmedEnd(out).addAll(List.of("", link, ""));
        }
        return String.join("\n", out);
    }

    /** {@code _adr_remove_status}: the status lines dropped from the Status section, and its runs of blank lines made one. */
    private static List<String> withoutStatus(List<String> lines, List<String> status) {
        List<String> out = new ArrayList<>();
        boolean inStatus = false;
        boolean afterBlank = false;
        for (String line : lines) {
            if (line.startsWith("##")) {
                inStatus = line.equals(STATUS);
            }
            if (inStatus && line.isBlank()) {
                if (!afterBlank) {
                    out.add(line);
                }
                afterBlank = true;
                continue;
            }
            if (inStatus && status.contains(line)) {
                continue;
            }
            if (inStatus) {
                afterBlank = false;
            }
            out.add(line);
        }
        return out;
    }

    /** The lines of the first paragraph under {@code ## Status}: the status; an error if there is none. */
    private List<String> statusParagraph(List<String> lines) {
        int heading = lines.indexOf(STATUS);
        if (!lines.get(0).startsWith("# ") || heading < 0) {
            throw AdrLinkEditor.cannotEdit(path, "it has no `" + STATUS + "` line under its `# N. Title`, where adr-tools keeps the status and links");
        }
        List<String> paragraph = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("##") || (line.isBlank() && !paragraph.isEmpty())) {
                break;
            }
            if (!line.isBlank()) {
                paragraph.add(line);
            }
        }
        if (paragraph.isEmpty()) {
            throw AdrLinkEditor.cannotEdit(path, "its `" + STATUS + "` section is empty");
        }
        return paragraph;
    }
}
