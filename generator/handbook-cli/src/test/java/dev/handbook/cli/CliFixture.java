package dev.handbook.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies test handbooks into a temporary folder, where tests may break them. */
final class CliFixture {

    static final Path FIXTURE = Path.of("src/test/resources/fixture");
    static final Path EXAMPLE = Path.of("../..").toAbsolutePath().normalize();

    private CliFixture() {}

    /** Copies {@code content/} and {@code site/} of {@code from} into {@code to}. */
    static Path copy(Path from, Path to) {
        for (String folder : new String[] {"content", "site"}) {
            Path source = from.resolve(folder);
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path target = to.resolve(folder).resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return to;
    }
}
