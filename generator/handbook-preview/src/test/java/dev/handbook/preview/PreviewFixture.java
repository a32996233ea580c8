package dev.handbook.preview;

import dev.handbook.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A small handbook written into a temporary folder, for preview tests. */
final class PreviewFixture {

    static final String RUNBOOK = "---\ntitle: Fail over the database\nowner: team-data\nlast_reviewed: 2026-11-01\nspofs: [db-primary]\n---\n"
            + "1. Promote the replica.\n2. Tell the incident commander.\n";
    static final String SPOF = "title: Database primary\nowner: team-data\ncomponent: The primary node.\nfailure_mode: It dies.\n"
            + "status: mitigated\nrunbook: fix-it\n";

    private PreviewFixture() {}

    static BuildOptions write(Path root) {
        write(root.resolve("site/handbook.yaml"), "title: Preview test\noffline: true\n");
        write(root.resolve("content/runbooks/fix-it.md"), RUNBOOK);
        write(root.resolve("content/spofs/db-primary.yaml"), SPOF);
        return BuildOptions.defaults(root).withAsOf(LocalDate.parse("2026-11-23"));
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
