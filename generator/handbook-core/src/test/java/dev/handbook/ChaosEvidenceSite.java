package dev.handbook;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A handbook with SPOFs for redis, postgres and ingress and a chaos source {@code evidence/chaos} that tools' output
 * is dropped into, as CI would, from the fixtures under {@code src/test/resources/evidence/chaos/}.
 */
public final class ChaosEvidenceSite {

    private static final Path FIXTURES = Path.of("src/test/resources/evidence/chaos");

    private final Path root;
    private final ScratchHandbook handbook;

    public ChaosEvidenceSite(Path root) {
        this.root = root;
        this.handbook = new ScratchHandbook(root)
                .write("site/handbook.yaml", """
                        title: Evidence
                        cadence: {chaos: 7d, drill: none}
                        sources:
                          - path: content/spofs
                            kind: spof
                          - path: content/services
                            kind: service
                          - path: evidence/chaos
                            kind: chaos
                            defaults: {owner: team-platform}
                            map:
                              Patroni promotes a replica when the Postgres leader is killed: postgres-primary
                              Redis replica takes over when redis-0 is deleted: redis-primary
                              basecamp: [postgres-primary]
                        """)
                .write("content/services/platform-k8s.yaml", "title: Kubernetes platform\nowner: team-platform\ntier: \"0\"\n");
        for (String spof : List.of("redis-primary", "postgres-primary", "ingress-controller")) {
            handbook.write("content/spofs/" + spof + ".yaml", "title: " + spof + "\nowner: team-platform\ncomponent: " + spof
                    + "\nfailure_mode: It dies.\nstatus: open\n");
        }
    }

    /** The fixture {@code resource} (a path under the fixtures folder), dropped into the chaos source as {@code as}. */
    public ChaosEvidenceSite drop(String resource, String as) {
        return write("evidence/chaos/" + as, fixture(resource));
    }

    public ChaosEvidenceSite write(String path, String text) {
        handbook.write(path, text);
        return this;
    }

    /** The text of a fixture. */
    public static String fixture(String resource) {
        try {
            return Files.readString(FIXTURES.resolve(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything built in memory as of {@code asOf}, pages included unless there are errors. */
    public Snapshot snapshot(String asOf) {
        return TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")).withAsOf(LocalDate.parse(asOf)), true);
    }

    /** The chaos record {@code id}, from a build that must have no errors. */
    public ChaosExperiment chaos(String id) {
        Snapshot snapshot = snapshot("2026-12-06");
        if (snapshot.hasErrors()) {
            throw new AssertionError("The evidence handbook has errors: " + snapshot.diagnostics());
        }
        return (ChaosExperiment) snapshot.catalog().get(new EntryId(EntryKind.CHAOS, id));
    }

    /** The build's problems with the evidence, one formatted line each (the bare SPOFs' missing runbooks left out). */
    public List<String> problems() {
        return snapshot("2026-12-06").diagnostics().stream().filter(d -> d.where().path().startsWith("evidence/")).map(Diagnostic::format).toList();
    }
}
