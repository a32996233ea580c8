package dev.handbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import picocli.CommandLine;

/** Runs the handbook command line in-process and keeps what it printed. */
final class CliRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code handbook args…}; its output replaces the last run's. Returns the exit code. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = HandbookCommand.create();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** The page {@code id}.html under {@code site} as HTML, for its links. */
    static Document page(Path site, String id) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            Path page = files.filter(f -> f.getFileName().toString().equals(id + ".html")).findFirst()
                    .orElseThrow(() -> new AssertionError("no page " + id + ".html under " + site));
            return Jsoup.parse(Files.readString(page));
        }
    }
}
