package dev.handbook.formats;

import dev.handbook.schema.AdrSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.AdrStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what ADRs write as a status and as relation lines: {@code ✅ Accepted}, {@code accepted; supersedes ADR-0045},
 * {@code Superseded by [ADR-0057](0057-x.md)}, {@code Amends [3. Use MySQL](0003-use-mysql.md)}. A text is split at
 * {@code ;}, {@code ,} and line ends into parts; a part is words, then optionally its targets (links, or a bare id
 * such as {@code ADR-0045}); a part with no words continues the previous verb.
 *
 * <p>Stateless and thread-safe.
 */
final class StatusText {

    private static final Pattern BARE_TARGET = Pattern.compile("(?i)(?<![\\w-])((?:[a-z]+[-_ ]?)?\\d[\\w.-]*)$");

    private final AdrStatusTable table;

    StatusText(AdrStatusTable table) {
        this.table = table;
    }

    /**
     * Reads a status: its first part is the status (possibly with its own relation, as in {@code Superseded by X}),
     * later parts are relations. An unmappable status, and a later part that is no relation, are diagnostics.
     */
    void readStatus(InlineText text, SourcePosition at, MarkdownDocument document, AdrFields fields, Diagnostics diagnostics) {
        List<Part> parts = parts(text, at, document);
        if (parts.isEmpty()) {
            diagnostics.error("adr.status", at, "The status is empty.", "Write one of: " + String.join(", ", table.allowed()) + ".");
            return;
        }
        Part first = parts.get(0);
        Optional<String> leading = table.leadingWords(first.words());
        Optional<AdrStatus> status = leading.flatMap(table::lookup);
        if (status.isEmpty()) {
            diagnostics.error("adr.status", first.at(),
                    "Status '" + text.spoken(first.written()).strip() + "' is not in " + AdrStatusTable.NAME + ".",
                    "Write one of: " + String.join(", ", table.allowed()) + "; or add the word to the table in site/handbook.yaml, e.g. `"
                            + AdrStatusTable.CONFIG_KEY + ": {accepted: [\"" + AdrStatusTable.normalize(first.words()) + "\"]}`.");
        } else {
            fields.put(AdrSchema.STATUS, status.get().wire(), first.at());
        }
        String verb = leading.isPresent() ? afterLeading(first.words(), leading.get()) : first.words();
        relations(first, verb, fields);
        for (Part part : parts.subList(1, parts.size())) {
            if (part.targets().isEmpty()) {
                diagnostics.warning("adr.status-extra", part.at(),
                        "'" + part.written().strip() + "' in the status is neither a status nor a relation, and is left out.",
                        "Write relations as a verb and a link, e.g. `Supersedes [1. Title](0001-title.md)`.");
            } else {
                verb = part.words().isEmpty() ? verb : part.words();
                relations(part, verb, fields);
            }
        }
    }

    /** Reads relation lines; false (and nothing read) if some part of {@code text} is not a relation. */
    boolean readRelations(InlineText text, SourcePosition at, MarkdownDocument document, AdrFields fields) {
        List<Part> parts = parts(text, at, document);
        if (parts.isEmpty() || parts.stream().anyMatch(p -> p.targets().isEmpty()) || parts.get(0).words().isEmpty()) {
            return false;
        }
        String verb = "";
        for (Part part : parts) {
            verb = part.words().isEmpty() ? verb : part.words();
            relations(part, verb, fields);
        }
        return true;
    }

    private static void relations(Part part, String verb, AdrFields fields) {
        part.targets().forEach(t -> fields.relation(new Relation(verb, t.id(), t.where())));
    }

    /** The verb a status names beyond its status words: {@code Accepted. Supersedes} is {@code Supersedes}. */
    private static String afterLeading(String words, String leading) {
        String[] written = words.split("\\s+");
        int count = leading.split(" ").length;
        if (written.length <= count) {
            return words;
        }
        String rest = String.join(" ", List.of(written).subList(count, written.length)).replaceFirst("^[\\p{Punct}\\s]+", "");
        return rest.isEmpty() || rest.equalsIgnoreCase("by") ? words : rest;
    }

    private record Target(String id, SourcePosition where) {}

    /** One part: its words (decoration stripped), its targets, the text as written and where it starts. */
    private record Part(String words, List<Target> targets, String written, SourcePosition at) {}

    private static List<Part> parts(InlineText text, SourcePosition at, MarkdownDocument document) {
        List<Part> parts = new ArrayList<>();
        for (String written : text.text().split("[;,\n]")) {
            String part = written.strip();
            if (part.isEmpty()) {
                continue;
            }
            List<Target> targets = new ArrayList<>();
            int firstLink = -1;
            for (int i = 0; i < part.length(); i++) {
                Optional<InlineText.Target> link = text.link(part.charAt(i));
                if (link.isPresent()) {
                    firstLink = firstLink < 0 ? i : firstLink;
                    targets.add(new Target(target(link.get()), link.get().where()));
                }
            }
            String words = firstLink < 0 ? part : part.substring(0, firstLink);
            if (targets.isEmpty()) {
                Matcher bare = BARE_TARGET.matcher(part);
                if (bare.find()) {
                    words = part.substring(0, bare.start());
                    targets.add(new Target(IdNames.fromFileName(bare.group(1)), document.find(at, bare.group(1))));
                }
            }
            String clean = undecorated(words);
            parts.add(new Part(clean, targets, part, document.find(at, clean.isEmpty() ? part : clean.split(" ")[0])));
        }
        return parts;
    }

    /** A link to a file of the collection names it; a link elsewhere names the decision by its label. */
    private static String target(InlineText.Target link) {
        String destination = link.destination();
        boolean local = !destination.isEmpty() && !destination.startsWith("#") && !destination.matches("^[a-zA-Z][a-zA-Z+.-]*:.*");
        return IdNames.fromFileName(local ? destination : link.label());
    }

    /** The words with emoji, variation selectors and trailing punctuation gone, case kept. */
    private static String undecorated(String words) {
        StringBuilder kept = new StringBuilder();
        words.codePoints().filter(cp -> !AdrStatusTable.isDecoration(cp)).forEach(kept::appendCodePoint);
        return kept.toString().replaceAll("\\s+", " ").strip().replaceAll("[\\s:.,-]+$", "").strip();
    }
}
