package dev.handbook.cli;

import dev.handbook.HandbookException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes links between ADRs into an ADR's text in the file's own format: adr-tools' {@code ## Status} section, YAML
 * front matter (handbook's own, or MADR's), or the metadata list of MADR 2 and log4brains ({@code - Status: …}). Every method returns the new text or throws a {@link HandbookException}
 * saying why the file cannot be edited safely; nothing is written here.
 */
interface AdrLinkEditor {

    /** The text of an ADR that {@code by} supersedes: its status is superseded, with the link back to {@code by}. */
    String superseded(String text, AdrRef by);

    /** The text with the relation {@code verb} to {@code to} ({@code Supersedes}, {@code Amends}, any verb). */
    String linked(String text, String verb, AdrRef to);

    /** The editor for {@code text}, the ADR at {@code path}, by its form; an error if it has neither form. */
    static AdrLinkEditor of(String path, String text) {
        Optional<FrontMatterText> frontMatter = FrontMatterText.of(path, text);
        if (frontMatter.isPresent()) {
            return new FrontMatterAdrEditor(path, frontMatter.get().has("title"));
        }
        if (MadrListEditor.recognises(text)) {
            return new MadrListEditor(path);
        }
        if (text.startsWith("# ")) {
            return new AdrToolsEditor(path);
        }
        throw cannotEdit(path, "it has no YAML front matter, no `- Status:` line and no adr-tools `# N. Title` with `## Status`");
    }

    /** The lines of {@code text}, the last one empty when it ends with a line break; {@code String.join("\n", …)} undoes it. */
    static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    /** {@code lines} without the blank lines at its end, for a section added there. */
    static List<String> trimmedEnd(List<String> lines) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The error for a file whose form does not allow the edit; the command then writes nothing. */
    static HandbookException cannotEdit(String path, String why) {
        return new HandbookException("Cannot edit " + path + " safely: " + why + ". Nothing was written; fix the file, or link"
                + " the ADRs by hand.");
    }
}
