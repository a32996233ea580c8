package dev.handbook.cli;

import dev.handbook.HandbookException;
import java.util.Optional;

/**
 * Writes links between ADRs into an ADR's text in the file's own format: adr-tools' {@code ## Status} section, or YAML
 * front matter (handbook's own, or MADR's). Every method returns the new text or throws a {@link HandbookException}
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
        if (text.startsWith("# ")) {
            return new AdrToolsEditor(path);
        }
        throw cannotEdit(path, "it has neither YAML front matter nor adr-tools' `# N. Title` and `## Status`");
    }

    /** The error for a file whose form does not allow the edit; the command then writes nothing. */
    static HandbookException cannotEdit(String path, String why) {
        return new HandbookException("Cannot edit " + path + " safely: " + why + ". Nothing was written; fix the file, or link"
                + " the ADRs by hand.");
    }
}
