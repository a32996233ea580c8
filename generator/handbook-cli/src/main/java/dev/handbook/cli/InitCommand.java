package dev.handbook.cli;

import dev.handbook.HandbookException;
import dev.handbook.formats.FormatReaders;
import dev.handbook.layout.FoundSource;
import dev.handbook.layout.InitialConfig;
import dev.handbook.layout.Layout;
import dev.handbook.layout.LayoutDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handbook init [DIR]}: finds the record collections a repository already has and writes site/handbook.yaml. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Scans a repository for the folders teams keep records in (.adr-dir, doc/adr, docs/adr, docs/decisions,"
                    + " docs/architecture/decisions, runbooks/, docs/runbooks/, postmortems/, incidents/, content/<kind>/, …),"
                    + " counts their records per format, and writes site/handbook.yaml with those folders as sources and"
                    + " placeholders for required fields the files do not set.",
            "Changes no existing file: if site/handbook.yaml exists, it prints the config it would write and exits 2."
        })
final class InitCommand implements Callable<Integer> {

    static final String CONFIG = "site/handbook.yaml";

    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The repository to scan (default: the current folder).")
    Path dir = Path.of(".");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = Path.of("").toAbsolutePath().resolve(dir).normalize();
        if (!Files.isDirectory(root)) {
            throw new HandbookException("Folder " + dir + " does not exist.");
        }
        Layout layout;
        try {
            layout = new LayoutDetector(FormatReaders.standard()).detect(root);
        } catch (UncheckedIOException e) {
            throw new HandbookException("Cannot read " + dir + ": " + e.getCause().getMessage() + ". Give handbook read access to it, or run init where it has.");
        }
        if (layout.sources().isEmpty()) {
            err.println("handbook: found no records in " + dir + ". Looked in .adr-dir, doc/adr, docs/adr, docs/decisions,"
                    + " docs/architecture/decisions, runbooks/, docs/runbooks/, postmortems/, incidents/ and content/<kind>/."
                    + " List your folders under `sources:` in " + CONFIG + " (see the README) or run init on the repository's root.");
            err.flush();
            return ExitCodes.USAGE;
        }
        print(layout, out);
        String yaml = InitialConfig.yaml(layout);
        Path config = root.resolve(CONFIG);
        try {
            if (Files.exists(config, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(config.toString());
            }
            Files.createDirectories(config.getParent());
            Files.writeString(config, yaml, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println("handbook: " + CONFIG + " already exists, and init changes no existing file. The config it would write:");
            err.flush();
            out.print(yaml);
            out.flush();
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("handbook: cannot write " + config + ": " + e.getMessage() + ". Here is the config to write yourself:");
            err.flush();
            out.print(yaml);
            out.flush();
            return ExitCodes.INTERNAL;
        }
        out.println("Wrote " + root.relativize(config).toString().replace('\\', '/') + ". Review it, then run: "
                + (root.equals(Path.of("").toAbsolutePath()) ? "" : "cd " + dir + " && ") + "handbook build");
        out.flush();
        return ExitCodes.OK;
    }

    /** Records per folder, kind and format, the placeholders chosen, the fields no default can supply, what is not placed. */
    private static void print(Layout layout, PrintWriter out) {
        out.println("Found " + Report.plural(layout.sources().stream().mapToInt(FoundSource::records).sum(), "record") + ":");
        for (FoundSource source : layout.sources()) {
            out.println("  " + TerminalText.clean(source.path()) + "  " + source.kind().key() + "  " + source.summary());
            source.defaults().forEach((field, value) -> out.println("    placeholder " + field + ": " + value + " for the records that set no " + field));
            source.missing().forEach((field, count) -> out.println("    " + Report.plural(count, "record") + " set no " + field
                    + ", which no default can stand for: add it to each, or the build reports them"));
            source.skipped().forEach((reason, count) -> out.println("    skipped " + count + " " + reason));
        }
        if (!layout.unplaced().isEmpty()) {
            out.println("Could not place " + Report.plural(layout.unplaced().size(), "file") + ":");
            layout.unplaced().forEach(line -> out.println("  " + TerminalText.clean(line)));
        }
    }
}
