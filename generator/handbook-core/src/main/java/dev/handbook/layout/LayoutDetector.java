package dev.handbook.layout;

import dev.handbook.formats.FormatReaders;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.schema.FieldSpec;
import dev.handbook.schema.Schemas;
import dev.handbook.source.DisplayPaths;
import dev.handbook.source.OwnerFiles;
import dev.handbook.source.SourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the record collections of a repository where teams usually keep them, and how each file would be read.
 *
 * <pre><code>
 * Layout layout = new LayoutDetector(FormatReaders.standard()).detect(Path.of("."));
 * </code></pre>
 *
 * <p>Reads only; thread-safe.
 */
public final class LayoutDetector {

    static final String CONTENT = "content";
    /** The file adr-tools' {@code adr init DIR} writes, holding the ADR folder's path. */
    static final String ADR_DIR_FILE = ".adr-dir";

    /** The folders collections are found in, most common first: adr-tools, MADR, log4brains, and ops repositories. */
    private static final Map<String, EntryKind> USUAL = usual();

    /** Values a build accepts for required fields the files lack, so the first build works; shown as placeholders. */
    private static final Map<String, String> PLACEHOLDERS = Map.of("owner", "unassigned", "severity", "SEV3", "status", "proposed");

    private final RecordSniffer sniffer;

    public LayoutDetector(FormatReaders readers) {
        this.sniffer = new RecordSniffer(readers);
    }

    /** The collections under {@code repository}; an unreadable folder is an {@link UncheckedIOException}. */
    public Layout detect(Path repository) {
        Path root = repository.toAbsolutePath().normalize();
        Map<String, EntryKind> candidates = new LinkedHashMap<>();
        adrDir(root).ifPresent(path -> candidates.put(path, EntryKind.ADR));
        USUAL.forEach(candidates::putIfAbsent);
        List<FoundSource> sources = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        candidates.forEach((path, kind) -> {
            if (Files.isDirectory(root.resolve(path))) {
                FoundSource found = scan(root, path, kind, unplaced);
                if (found.records() > 0 || !found.exclude().isEmpty()) {
                    sources.add(found);
                }
            }
        });
        Path name = root.getFileName();
        return new Layout(name == null ? "handbook" : name.toString(), sources, unplaced);
    }

    private FoundSource scan(Path root, String path, EntryKind kind, List<String> unplaced) {
        Path folder = root.resolve(path);
        OwnerFiles owners = new OwnerFiles(root, new DisplayPaths(root));
        Map<String, Integer> formats = new TreeMap<>();
        Map<String, Integer> lacking = new TreeMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> exclude = new ArrayList<>();
        for (Path file : files(folder)) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            String shown = path + "/" + relative;
            Optional<SourceFormat> markup = SourceFormat.ofFileName(file.getFileName().toString());
            if (OwnerFiles.isOwnerFile(file)) {
                skipped.merge(OwnerFiles.SKIPPED, 1, Integer::sum);
                continue;
            }
            if (markup.isEmpty()) {
                unplaced.add(shown + " (not a record file type; the build skips it)");
                continue;
            }
            RecordSniffer.Sniffed sniffed = kind.accepts(markup.get()) ? sniffer.sniff(kind, markup.get(), file.getFileName().toString(), shown, text(file))
                    : RecordSniffer.Sniffed.UNPLACED;
            if (sniffed.skipped().isPresent()) {
                skipped.merge(sniffed.skipped().get(), 1, Integer::sum);
            } else if (sniffed.format().isEmpty()) {
                exclude.add(relative);
                unplaced.add(shown + " (no format reads it as " + kind.withArticle() + "; excluded)");
            } else {
                formats.merge(sniffed.format().get(), 1, Integer::sum);
                required(kind).stream()
                        .filter(field -> !sniffed.fields().contains(field) && !(field.equals("owner") && owners.owns(file)))
                        .forEach(field -> lacking.merge(field, 1, Integer::sum));
            }
        }
        Map<String, String> defaults = new TreeMap<>();
        Map<String, Integer> missing = new TreeMap<>();
        lacking.forEach((field, count) -> {
            if (PLACEHOLDERS.containsKey(field)) {
                defaults.put(field, PLACEHOLDERS.get(field));
            } else {
                missing.put(field, count);
            }
        });
        return new FoundSource(path, kind, new TreeMap<>(formats), new TreeMap<>(defaults), new TreeMap<>(missing), exclude, new TreeMap<>(skipped));
    }

    /** The folder {@code .adr-dir} names, if it names one inside the repository. */
    private static Optional<String> adrDir(Path root) {
        Path file = root.resolve(ADR_DIR_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String path = text(file).strip().replace('\\', '/');
        boolean inside = !path.isEmpty() && !path.startsWith("/") && !List.of(path.split("/")).contains("..");
        return inside ? Optional.of(Path.of(path).normalize().toString().replace('\\', '/')) : Optional.empty();
    }

    /** Required fields a file may lack; the title every format supplies or the build reports at the file. */
    private static List<String> required(EntryKind kind) {
        return Schemas.forKind(kind).fields().stream().filter(FieldSpec::required).map(FieldSpec::name).filter(n -> !n.equals("title")).toList();
    }

    /** The files a source walk reads: not under {@code _} or {@code .} names, links not followed, in name order. */
    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder) && Files.isRegularFile(p) && !SourceScanner.skipped(folder.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text; one that is not UTF-8 reads as empty, so it is listed as not placed and excluded. */
    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static Map<String, EntryKind> usual() {
        Map<String, EntryKind> usual = new LinkedHashMap<>();
        for (String adr : List.of("doc/adr", "docs/adr", "docs/adrs", "adr", "docs/decisions", "doc/decisions", "decisions",
                "docs/architecture/decisions", "doc/architecture/decisions", "architecture/decisions")) {
            usual.put(adr, EntryKind.ADR);
        }
        for (String runbook : List.of("runbooks", "docs/runbooks", "doc/runbooks", "ops/runbooks")) {
            usual.put(runbook, EntryKind.RUNBOOK);
        }
        for (String postmortem : List.of("postmortems", "post-mortems", "incidents", "docs/postmortems", "docs/incidents", "doc/postmortems")) {
            usual.put(postmortem, EntryKind.POSTMORTEM);
        }
        for (EntryKind kind : EntryKind.values()) {
            usual.put(CONTENT + "/" + kind.defaultFolder(), kind);
        }
        return usual;
    }
}
