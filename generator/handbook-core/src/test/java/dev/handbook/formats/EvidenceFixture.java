package dev.handbook.formats;

import dev.handbook.BuildResult;
import dev.handbook.ScratchHandbook;
import dev.handbook.Snapshot;
import dev.handbook.TestSites;
import dev.handbook.catalog.Catalog;
import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A scratch handbook whose site/handbook.yaml lists a SPOF folder and evidence sources, with tools' files copied from
 * src/test/resources/evidence: what the evidence readers' tests build through the whole pipeline.
 */
final class EvidenceFixture {

    static final Path FILES = Path.of("src/test/resources/evidence");

    private final Path root;
    final ScratchHandbook handbook;

    /** @param sources the evidence sources, as YAML list items under {@code sources:} */
    EvidenceFixture(Path root, String sources) {
        this.root = root;
        this.handbook = new ScratchHandbook(root).write("site/handbook.yaml", "title: Evidence\nsources:\n"
                + "  - {path: content/spofs, kind: spof}\n  - {path: content/runbooks, kind: runbook}\n  - {path: content/drills, kind: drill}\n" + sources)
                .write("content/drills/_ignored.yaml", "# the folder exists even when a test writes no drill\n");
    }

    EvidenceFixture spof(String id, String extra) {
        handbook.write("content/spofs/" + id + ".yaml", "title: " + id + "\nowner: team\ncomponent: c\nfailure_mode: f\nstatus: mitigated\n"
                + "runbook: fix-it\n" + extra);
        handbook.write("content/runbooks/fix-it.md", "---\ntitle: Fix it\nowner: team\nlast_reviewed: 2026-11-01\nspofs: [" + id + "]\n---\n1. Fix.\n");
        return this;
    }

    EvidenceFixture copy(String fixture, String to) {
        return write(to, text(fixture));
    }

    EvidenceFixture write(String to, String text) {
        handbook.write(to, text);
        return this;
    }

    static String text(String fixture) {
        try {
            return Files.readString(FILES.resolve(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BuildResult check(String asOf) {
        return handbook.check(asOf);
    }

    Snapshot snapshot(String asOf) {
        return TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")).withAsOf(LocalDate.parse(asOf)), false);
    }

    static <T extends Entry> T record(Snapshot snapshot, EntryKind kind, String name, Class<T> type) {
        Catalog catalog = snapshot.catalog();
        return type.cast(catalog.get(new EntryId(kind, name)));
    }

    static ExerciseStatus exercise(BuildResult result, String spof, ExerciseKind kind) {
        return result.freshness().orElseThrow().exercise(new EntryId(EntryKind.SPOF, spof), kind);
    }
}
