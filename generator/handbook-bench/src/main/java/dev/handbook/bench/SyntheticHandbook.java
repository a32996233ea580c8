package dev.handbook.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Generates a synthetic handbook of exactly N records as benchmark input for {@code handbook build}, and optionally an
 * equivalent Hugo site.
 *
 * <pre>
 * java -cp handbook-bench.jar dev.handbook.bench.SyntheticHandbook --records N --seed S --out DIR
 *      [--hugo HUGO_DIR] [--asciidoc-share PERCENT]
 * </pre>
 *
 * <p>Writes {@code DIR/content/<folder>/...} and {@code DIR/site/handbook.yaml}. The mix is 60% runbooks, 20% ADRs,
 * 10% postmortems and 10% shared evenly by the model's other kinds (SPOFs, drills, chaos experiments, services, backups). The same arguments always
 * give byte-identical files: everything derives from the seed, nothing from the clock. The handbook builds with no
 * errors and no warnings under {@code --strict}, at any {@code --as-of}.
 *
 * <p>Exit codes: 0 written, 2 usage error, 3 the files could not be written.
 */
public final class SyntheticHandbook {

    static final String MARKER = ".synthetic-handbook";
    static final String HUGO_MARKER = ".synthetic-hugo";

    private static final String USAGE =
            """
            Usage: java -cp handbook-bench.jar dev.handbook.bench.SyntheticHandbook --records N --seed S --out DIR
                   [--hugo HUGO_DIR] [--asciidoc-share PERCENT]

              --records N                 number of records (at least 2): 60% runbooks, 20% ADRs, 10% postmortems,
                                          10% shared by the other kinds (SPOFs, drills, chaos, services, backups)
              --seed S                    seed (a long); the same arguments give byte-identical files
              --out DIR                   writes DIR/content/ and DIR/site/handbook.yaml
              --hugo HUGO_DIR             also writes an equivalent Hugo site (hugo.toml, content/, layouts/)
              --asciidoc-share PERCENT    share of runbooks written as AsciiDoc (default 0: all Markdown)

            A folder written earlier by this generator is cleared and rewritten; any other non-empty content/,
            site/ or layouts/ folder is refused.
            """;

    /** The parsed command line. */
    record Options(int records, long seed, Path out, Path hugo, int asciidocShare) {}

    /** What a run wrote. */
    record Result(Mix counts, int files, long bytes, int hugoFiles, long hugoBytes) {}

    private SyntheticHandbook() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("synthetic-handbook: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options == null) {
            out.print(USAGE);
            return 0;
        }
        long started = System.nanoTime(); // for the message only; nothing written depends on it
        Result result;
        try {
            result = generate(options);
        } catch (IllegalArgumentException e) {
            err.println("synthetic-handbook: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("synthetic-handbook: could not write: " + e);
            return 3;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Mix c = result.counts();
        out.printf(Locale.ROOT, "Wrote %d records (%s) to %s: %d files, %.1f MB%n",
                c.total(), c.describe(), options.out(), result.files(), result.bytes() / 1e6);
        if (options.hugo() != null) {
            out.printf(Locale.ROOT, "Wrote the Hugo site to %s: %d files, %.1f MB%n", options.hugo(), result.hugoFiles(),
                    result.hugoBytes() / 1e6);
        }
        out.printf(Locale.ROOT, "Done in %d ms.%n", millis);
        return 0;
    }

    /** Parses the arguments; null for {@code --help}. */
    static Options parse(String[] args) {
        Integer records = null;
        Long seed = null;
        Path out = null;
        Path hugo = null;
        int share = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                return null;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + name);
                }
                value = args[++i];
            }
            switch (name) {
                case "--records" -> records = integer(name, value);
                case "--seed" -> seed = longValue(name, value);
                case "--out" -> out = Path.of(value);
                case "--hugo" -> hugo = Path.of(value);
                case "--asciidoc-share" -> share = integer(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (records == null || seed == null || out == null) {
            throw new IllegalArgumentException("--records, --seed and --out are required");
        }
        if (hugo != null && hugo.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--hugo must be another folder than --out");
        }
        return new Options(records, seed, out, hugo, share);
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " expects a whole number, not '" + value + "'");
        }
    }

    private static long longValue(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " expects a whole number, not '" + value + "'");
        }
    }

    /** Plans the handbook and writes it (and its Hugo twin when asked). */
    static Result generate(Options options) throws IOException {
        Planner planner = new Planner(options.seed(), options.records(), options.asciidocShare());
        List<Rec> records = planner.plan();
        String title = "Synthetic handbook (" + options.records() + " records, seed " + options.seed() + ")";
        String description = "Generated benchmark input: runbooks, ADRs, postmortems, SPOFs, drills, chaos experiments "
                + "and services of a fictional platform.";
        String markerText = "dev.handbook.bench.SyntheticHandbook --records " + options.records() + " --seed "
                + options.seed() + " --asciidoc-share " + options.asciidocShare() + "\n";

        Output out = Output.open(options.out(), MARKER, markerText, "content", "site");
        out.write("site/handbook.yaml", siteConfig(title, description));
        HugoSite hugo = options.hugo() == null
                ? null
                : new HugoSite(Output.open(options.hugo(), HUGO_MARKER, markerText, "content", "layouts", "hugo.toml"), records);
        if (hugo != null) {
            hugo.writeSite(title, description);
        }
        for (Rec rec : records) {
            planner.fill(rec);
            out.write("content/" + rec.path(), handbookFile(rec));
            if (hugo != null) {
                hugo.writePage(rec);
            }
            rec.release();
        }
        return new Result(planner.counts(), out.files(), out.bytes(),
                hugo == null ? 0 : hugo.out.files(), hugo == null ? 0 : hugo.out.bytes());
    }

    static String siteConfig(String title, String description) {
        return "title: " + Yaml.quote(title) + "\n"
                + "description: " + Yaml.quote(description) + "\n"
                + "review:\n"
                + "  every: 90d\n"
                + "  due_soon: 14d\n"
                + "cadence:\n"
                + "  drill: 90d\n"
                + "  chaos: 1mo\n"
                + "  backup: 1w\n";
    }

    /** The handbook source file of one record. */
    static String handbookFile(Rec rec) {
        StringBuilder out = new StringBuilder(16384);
        if (rec.form == Rec.Form.YAML) {
            Yaml.fields(out, rec.fields, 0);
            return out.toString();
        }
        out.append("---\n");
        Yaml.fields(out, rec.fields, 0);
        out.append("---\n\n");
        out.append(rec.form == Rec.Form.ASCIIDOC
                ? Render.asciidoc(rec.body)
                : Render.markdown(rec.body, Inline.Style.MARKDOWN));
        return out.toString();
    }
}
