package dev.handbook.cli;

import dev.handbook.HandbookException;
import dev.handbook.ParsedHandbook;
import dev.handbook.cli.AdrLinkOptions.AdrLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out what {@code handbook new adr --supersedes/--amends/--links} writes: the new ADR's text with its links, and
 * the edits of the ADRs it names, each in its file's own form ({@link AdrLinkEditor}). Everything is checked before
 * anything is written: an ADR that does not exist, is superseded already or cannot be edited safely is an error.
 */
final class AdrLinker {

    private final AdrTargets targets;

    AdrLinker(ParsedHandbook handbook) {
        this.targets = new AdrTargets(handbook);
    }

    /** The new ADR's text with {@code links}, and the edited texts of the ADRs they name (with what changed in each). */
    FileChanges plan(Path file, String id, String text, String title, int number, List<AdrLink> links) {
        AdrRef self = new AdrRef(id, file.getFileName().toString(), heading(text, number, title));
        AdrLinkEditor own = AdrLinkEditor.of(FileChanges.shown(file), text);
        Map<Path, FileChanges.Change> changes = new LinkedHashMap<>();
        String written = text;
        for (AdrLink link : links) {
            AdrTargets.Target target = targets.find(link.target());
            String shown = FileChanges.shown(target.file());
            FileChanges.Change change = changes.computeIfAbsent(target.file(), f -> new FileChanges.Change(f, read(f)));
            AdrLinkEditor theirs = AdrLinkEditor.of(shown, change.text());
            AdrRef them = new AdrRef(target.adr().id().name(), target.file().getFileName().toString(),
                    heading(change.text(), target.adr().number(), target.adr().meta().title()));
            if (link.supersedes()) {
                if (targets.superseded(target.adr()) || change.what().stream().anyMatch(w -> w.startsWith("status"))) {
                    throw new HandbookException("ADR " + them.id() + " (" + shown + ") is superseded already. Supersede its successor,"
                            + " or use --amends or --links.");
                }
                change.edit(theirs.superseded(change.text(), self), "status " + target.adr().status().wire() + " → superseded, superseded by " + self.id());
            }
            written = own.linked(written, link.verb(), them);
            String reverse = link.reverse().orElse(null);
            if (reverse != null) {
                change.edit(theirs.linked(change.text(), reverse, self), "added '" + reverse + " " + self.id() + "'");
            }
        }
        return new FileChanges(file, written, List.copyOf(changes.values()));
    }

    /** What adr-tools' links name an ADR by: its H1 without {@code # }, or {@code N. Title} for front matter. */
    private static String heading(String text, int number, String title) {
        String first = text.lines().findFirst().orElse("");
        return first.startsWith("# ") ? first.substring(2) : number + ". " + title;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new HandbookException("Cannot read " + FileChanges.shown(file) + ": " + e.getMessage() + ". Nothing was written.");
        }
    }
}
