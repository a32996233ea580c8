package dev.handbook.cli;

import dev.handbook.HandbookException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of {@code handbook new adr} that link the new ADR to older ones, and edit those. */
final class AdrLinkOptions {

    @Option(names = "--supersedes", paramLabel = "ADR", description = "The new ADR supersedes ADR (a number, e.g. 3, or an id): ADR's status"
            + " becomes superseded, with a link to the new one. Repeatable.")
    List<String> supersedes = new ArrayList<>();

    @Option(names = "--amends", paramLabel = "ADR", description = "The new ADR amends ADR, which gets 'Amended by' and keeps its status."
            + " Repeatable.")
    List<String> amends = new ArrayList<>();

    @Option(names = "--links", paramLabel = "VERB:ADR[:REVERSE]", description = "A link VERB to ADR in the new ADR, and REVERSE back in"
            + " ADR if given, e.g. \"Relates to:4\" or \"Depends on:4:Is depended on by\". Repeatable.")
    List<String> links = new ArrayList<>();

    /** One link the new ADR gets: to {@code target}, in the words {@code verb}, and {@code reverse} in the target. */
    record AdrLink(String target, String verb, Optional<String> reverse, boolean supersedes) {}

    boolean any() {
        return !supersedes.isEmpty() || !amends.isEmpty() || !links.isEmpty();
    }

    /** Every link asked for, supersessions first (as {@code adr new -s … -l …} writes them). */
    List<AdrLink> requested() {
        List<AdrLink> all = new ArrayList<>();
        supersedes.forEach(target -> all.add(new AdrLink(target.strip(), "Supersedes", Optional.empty(), true)));
        amends.forEach(target -> all.add(new AdrLink(target.strip(), "Amends", Optional.of("Amended by"), false)));
        links.forEach(link -> all.add(parsed(link)));
        return all;
    }

    private static AdrLink parsed(String link) {
        String[] parts = link.split(":", 3);
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank() || parts.length == 3 && parts[2].isBlank()) {
            throw new HandbookException("--links '" + link + "' is not VERB:ADR or VERB:ADR:REVERSE. Write e.g. --links \"Relates to:4\""
                    + " or --links \"Depends on:4:Is depended on by\".");
        }
        String verb = parts[0].strip();
        if (verb.toLowerCase(Locale.ROOT).matches("supersedes|superseded by")) {
            throw new HandbookException("--links '" + link + "' is a supersession, which changes the other ADR's status."
                    + " Write --supersedes " + parts[1].strip() + " instead.");
        }
        return new AdrLink(parts[1].strip(), verb, parts.length == 3 ? Optional.of(parts[2].strip()) : Optional.empty(), false);
    }
}
