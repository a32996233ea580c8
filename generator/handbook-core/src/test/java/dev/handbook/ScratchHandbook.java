package dev.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A handbook written file by file into a temporary folder, for tests of one rule at a time. */
public final class ScratchHandbook {

    private final Path root;

    public ScratchHandbook(Path root) {
        this.root = root;
        write("site/handbook.yaml", "title: Scratch\n");
        try {
            Files.createDirectories(root.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ScratchHandbook write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything built in memory, pages included, as of the fixture date. */
    public Snapshot snapshot() {
        Snapshot snapshot = TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")), true);
        if (snapshot.hasErrors()) {
            throw new AssertionError("The scratch handbook has errors: " + snapshot.diagnostics());
        }
        return snapshot;
    }

    public BuildResult check(String asOf) {
        return TestSites.HANDBOOK.check(TestSites.options(root, root.resolve("out")).withAsOf(LocalDate.parse(asOf)));
    }
}
