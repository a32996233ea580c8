package dev.handbook;

import java.nio.file.Path;
import java.time.LocalDate;

/** Fixture sites and one shared {@link Handbook}, so AsciidoctorJ starts once per test JVM. */
public final class TestSites {

    public static final Path SITES = Path.of("src/test/resources/sites");
    public static final Path INVALID = Path.of("src/test/resources/sites-invalid");
    /** The repository's example handbook. */
    public static final Path EXAMPLE = Path.of("../..").toAbsolutePath().normalize();
    public static final LocalDate AS_OF = LocalDate.parse("2026-02-15");
    public static final Handbook HANDBOOK = new Handbook();

    private TestSites() {}

    /** Options for the handbook rooted at {@code root} (content/ and site/ inside it), writing to {@code out}. */
    public static BuildOptions options(Path root, Path out) {
        return BuildOptions.defaults(root.toAbsolutePath()).withOut(out).withAsOf(AS_OF);
    }
}
