package dev.handbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.stream.Stream;

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

    /** Copies the fixture site {@code name}, without its expected output, into {@code root}, for tests that edit it. */
    public static void copy(String name, Path root) throws IOException {
        Path source = SITES.resolve(name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(p -> !p.toString().contains("expected")).toList()) {
                Path target = root.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
