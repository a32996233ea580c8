package dev.handbook.cli;

import dev.handbook.HandbookException;
import dev.handbook.ParsedHandbook;
import dev.handbook.model.Adr;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Reference;
import dev.handbook.model.ValueFormats;
import dev.handbook.parse.FileIds;
import dev.handbook.parse.ParsedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ADRs of a handbook that {@code handbook new adr --supersedes/--amends/--links} may name, by number ({@code 3},
 * {@code 0003}, {@code ADR-3}) or by id, as the catalog resolves references to ADRs.
 */
final class AdrTargets {

    /** An ADR and the file it is read from. */
    record Target(Adr adr, Path file) {}

    private final ParsedHandbook handbook;

    AdrTargets(ParsedHandbook handbook) {
        this.handbook = handbook;
    }

    /** The ADR {@code written} names; an error if none, several, or a record of another kind does. */
    Target find(String written) {
        Optional<Integer> number = ValueFormats.adrNumber(written);
        String id = ValueFormats.foldId(written.replaceFirst("\\.(md|adoc)$", "")); // a file name names its ADR too
        List<Target> found = handbook.files().stream().flatMap(f -> f.entries().stream().filter(Adr.class::isInstance)
                .map(e -> new Target((Adr) e, f.source().file())))
                .filter(t -> t.adr().id().name().equals(id) || number.isPresent() && t.adr().number() == number.get()).toList();
        if (found.size() > 1) {
            throw new HandbookException("ADR '" + written + "' could be any of " + found.stream().map(t -> t.adr().id().name())
                    .collect(Collectors.joining(", ")) + ". Name the one you mean by its id.");
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        Optional<Entry> other = handbook.files().stream().flatMap(f -> f.entries().stream()).filter(e -> e.id().name().equals(id)).findFirst();
        if (other.isPresent()) {
            throw new HandbookException("'" + written + "' is " + other.get().id().kind().withArticle() + ", not an ADR. Name an ADR.");
        }
        Optional<ParsedFile> broken = handbook.files().stream().filter(f -> f.failed() && f.source().kind() == EntryKind.ADR)
                .filter(f -> names(f, id, number)).findFirst();
        if (broken.isPresent()) {
            throw AdrLinkEditor.cannotEdit(broken.get().source().displayPath(), "it does not read as an ADR ("
                    + broken.get().diagnostics().stream().findFirst().map(d -> d.message()).orElse("no record in it") + ")");
        }
        throw new HandbookException("No ADR is numbered or named '" + written + "'. The ADRs are: " + handbook.files().stream()
                .flatMap(f -> f.entries().stream()).filter(Adr.class::isInstance).map(e -> e.id().name()).sorted()
                .collect(Collectors.joining(", ", "", ".")));
    }

    /** Whether {@code adr} is superseded already: by its status, its own link, or another ADR's {@code supersedes}. */
    boolean superseded(Adr adr) {
        return adr.status() == AdrStatus.SUPERSEDED || !adr.supersededBy().isEmpty() || handbook.files().stream()
                .flatMap(f -> f.entries().stream()).filter(Adr.class::isInstance).flatMap(e -> ((Adr) e).supersedes().stream())
                .map(Reference::target).anyMatch(t -> ValueFormats.foldId(t).equals(adr.id().name()) || ValueFormats.adrNumber(t).equals(Optional.of(adr.number())));
    }

    private static boolean names(ParsedFile file, String id, Optional<Integer> number) {
        String name = file.source().file().getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return FileIds.fromFileName(name).equals(id) || number.isPresent() && ValueFormats.adrNumber(name.replaceFirst("-.*", "")).equals(number);
    }
}
