package dev.handbook.cli;

import dev.handbook.BuildOptions;
import dev.handbook.HandbookException;
import dev.handbook.Handbook;
import dev.handbook.ParsedHandbook;
import dev.handbook.ReadFolders;
import dev.handbook.model.EntryKind;
import dev.handbook.parse.FileIds;
import dev.handbook.schema.JsonSchemaWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handbook new KIND [TITLE]}: writes a new record from its kind's skeleton, never over an existing file. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a new record in its kind's folder (the first `sources:` entry of that kind, else content/<kind>/): an id"
                    + " and file name made from the title, today's date, the owner, every required field and a body that"
                    + " teaches the form. ADRs are numbered after the highest NNNN- file. Then prints what to fill in.",
            "Skeletons ship in the jar; site/templates/new/KIND.md, .adoc or .yaml replaces one (placeholders {{title}},"
                    + " {{owner}}, {{date}}, {{schema}}, {{number}}); an adr-tools collection uses adr-tools.md. --template NAME takes"
                    + " a named one: restore-from-backup or incident-commander for a runbook, or the site's templates/new/KIND.NAME.*.",
            "With --supersedes, --amends or --links, the ADRs named are edited too, in their own form (front matter, adr-tools'"
                    + " Status section, or the Status bullet of MADR 2 and log4brains), and each change is printed; if one cannot be made, nothing is written."
        })
final class NewCommand implements Callable<Integer> {

    private static final Pattern ADR_NUMBER = Pattern.compile("^(\\d{4})-");
    private static final Pattern ADR_TOOLS_TITLE = Pattern.compile("# \\d+\\. ");

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "runbook, adr, postmortem, spof, drill, chaos, service or backup.")
    String kindName;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TITLE", description = "The record's title (default: \"New KIND\").")
    String title;

    @Option(names = "--owner", paramLabel = "TEAM", description = "Who owns it (default: ${DEFAULT-VALUE}, to be replaced).")
    String owner = "unassigned";

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).", defaultValue = "content")
    Path content;

    @Option(names = "--site", paramLabel = "DIR", description = "Site folder with handbook.yaml (default: ${DEFAULT-VALUE}).", defaultValue = "site")
    Path site;

    @Option(names = "--template", paramLabel = "NAME", description = "A named skeleton of the kind instead of its usual one: for a"
            + " runbook restore-from-backup or incident-commander, or any site/templates/new/KIND.NAME.md, .adoc or .yaml.")
    String variant;

    @Mixin AdrLinkOptions adrLinks = new AdrLinkOptions();

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        EntryKind kind = EntryKind.byKey(kindName).orElseThrow(() -> new HandbookException(
                "Unknown kind '" + kindName + "'. Write one of " + String.join(", ", EntryKind.keys()) + "."));
        String name = title == null ? "New " + kind.key() : title.strip();
        BuildOptions options = BuildOptions.defaults(Path.of("").toAbsolutePath()).withContent(content).withSite(site);
        Files.createDirectories(content); // a fresh handbook: its first record makes the folder
        ParsedHandbook handbook;
        try (Handbook engine = new Handbook()) {
            handbook = engine.parse(options);
        }
        Path folder = ReadFolders.newRecordsOf(options, handbook.config(), kind);
        // an adr-tools collection gets its new ADR in adr-tools' own format, as `adr new` writes it
        boolean namedAdrTools = handbook.config().source(kind).filter(s -> "adr-tools".equals(s.format())).isPresent();
        String form = kind == EntryKind.ADR && (namedAdrTools || inAdrToolsForm(folder)) ? "adr-tools" : kind.key();
        if (variant != null) {
            SortedSet<String> known = RecordTemplate.variants(kind.key(), site);
            if (!known.contains(variant)) {
                throw new HandbookException("No template '" + variant + "' for " + kind.withArticle() + "."
                        + (known.isEmpty() ? "" : " Write one of " + String.join(", ", known) + ",")
                        + " or add it as " + site.resolve("templates/new").resolve(kind.key() + "." + variant + ".md") + ".");
            }
            form = kind.key() + "." + variant;
        }
        LocalDate today = LocalDate.now(clock);
        String base = slug(name);
        int number = kind == EntryKind.ADR ? nextAdrNumber(folder) : 0;
        if (kind == EntryKind.ADR) {
            base = String.format(Locale.ROOT, "%04d-%s", number, base);
        } else if (kind == EntryKind.DRILL || kind == EntryKind.CHAOS || kind == EntryKind.POSTMORTEM) {
            base = today + "-" + base;
        }
        String id = FileIds.fromFileName(base);
        if (handbook.hasId(id)) {
            throw new HandbookException("A record with id '" + id + "' exists already. Choose another title.");
        }
        RecordTemplate template = RecordTemplate.of(form, site);
        Path file = folder.resolve(base + "." + template.extension());
        Path schema = site.resolve("schemas").resolve(JsonSchemaWriter.fileName(kind));
        String text = template.fill(Map.of("title", form.equals("adr-tools") ? name : YamlText.scalar(name), "owner", YamlText.scalar(owner),
                "date", today.toString(), "number", Integer.toString(number),
                "schema", file.toAbsolutePath().getParent().relativize(schema.toAbsolutePath()).toString().replace('\\', '/')));
        FileChanges changes = FileChanges.create(file, text);
        if (adrLinks.any()) {
            if (kind != EntryKind.ADR) {
                throw new HandbookException("--supersedes, --amends and --links link ADRs; a " + kind.key() + " has none of them.");
            }
            changes = new AdrLinker(handbook).plan(file, id, text, name, number, adrLinks.requested());
        }
        Files.createDirectories(folder);
        PrintWriter out = spec.commandLine().getOut();
        changes.write(out, kind.withArticle() + ", id " + id);
        out.println("Next: replace the lines that start with \"Write\", set the owner if it is 'unassigned', then run `handbook build`.");
        if (template.extension().equals("yaml") && !Files.exists(schema)) {
            out.println("Run `handbook schemas` so your editor can check this file against " + schema + ".");
        }
        return ExitCodes.OK;
    }

    /** The title as a file name, by the rule that makes ids of file names (so the file's id is its name). */
    private static String slug(String title) {
        String slug = FileIds.fromFileName(title);
        if (slug.isEmpty()) {
            throw new HandbookException("The title '" + title + "' has no letters or digits to name the file by. Write a title with some.");
        }
        return slug;
    }

    private static int nextAdrNumber(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 1;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> ADR_NUMBER.matcher(f.getFileName().toString())).filter(Matcher::find)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0) + 1;
        }
    }

    /** Whether the folder's numbered ADRs are adr-tools files ({@code # N. Title} and {@code ## Status}, no front matter). */
    private static boolean inAdrToolsForm(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> adrs = new ArrayList<>();
            for (Path file : files.filter(f -> ADR_NUMBER.matcher(f.getFileName().toString()).find() && f.toString().endsWith(".md")).toList()) {
                adrs.add(Files.readString(file));
            }
            return !adrs.isEmpty() && adrs.stream().allMatch(text -> ADR_TOOLS_TITLE.matcher(text).lookingAt() && text.contains("\n## Status"));
        }
    }
}
