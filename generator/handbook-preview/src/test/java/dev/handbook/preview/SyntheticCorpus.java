package dev.handbook.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A large handbook written in a test: services, SPOFs, runbooks, postmortems with action items and drills in the
 * proportions of a big team's records, so page heights can be measured at thousands of records without the bench
 * module (which builds only with {@code -Pbench}).
 */
final class SyntheticCorpus {

    private static final LocalDate START = LocalDate.parse("2024-01-01");

    private SyntheticCorpus() {}

    /** Writes {@code records} records (a 10th services, a 6th SPOFs, a 3rd runbooks, the rest incidents and drills). */
    static Path write(Path root, int records) throws IOException {
        int services = records / 10, spofs = records / 6, runbooks = records / 3, postmortems = (records - services - spofs - runbooks) / 2;
        int drills = records - services - spofs - runbooks - postmortems;
        Files.writeString(Files.createDirectories(root.resolve("site")).resolve("handbook.yaml"), "title: synthetic handbook\n");
        for (int i = 0; i < services; i++) {
            write(root, "services/svc-" + i + ".yaml", "title: Service " + i + "\nowner: team-" + i % 12 + "\ntier: \"" + i % 3 + "\"\n");
        }
        for (int i = 0; i < spofs; i++) {
            write(root, "spofs/spof-" + i + ".yaml", "title: Single point " + i + " of service " + i % services + "\nowner: team-" + i % 12
                    + "\ncomponent: The primary node " + i + "\nfailure_mode: It stops answering\nservice: svc-" + i % services
                    + "\nrunbook: rb-" + i % runbooks + "\nstatus: " + (i % 4 == 0 ? "open" : "mitigated") + "\n");
        }
        for (int i = 0; i < runbooks; i++) {
            write(root, "runbooks/rb-" + i + ".md", "---\ntitle: Recover component " + i + "\nowner: team-" + i % 12 + "\nlast_reviewed: "
                    + START.plusDays(i % 600) + "\nservices: [svc-" + i % services + "]\nwhen_to_use: The component alerts.\n---\n\n"
                    + "1. Check it:\n\n   ```sh\n   kubectl get pods -n ns-" + i + "\n   ```\n\n2. Restart it.\n");
        }
        for (int i = 0; i < postmortems; i++) {
            write(root, "postmortems/pm-" + i + ".yaml", "title: Outage " + i + "\ndate: " + START.plusDays(i % 700) + "\nseverity: SEV" + (1 + i % 4)
                    + "\nsummary: Service " + i % services + " was down.\naction_items:\n  - id: PM-" + i + "-1\n    title: Fix cause " + i
                    + "\n    owner: team-" + i % 12 + "\n    due: " + START.plusDays(30 + i % 700) + "\n");
        }
        for (int i = 0; i < drills; i++) {
            write(root, "drills/drill-" + i + ".yaml", "title: Drill " + i + "\ndate: " + START.plusDays(i % 700) + "\nkind: dr-drill\nscenario: Lose it.\n"
                    + "targets: [spof-" + i % spofs + "]\noutcome: " + (i % 5 == 0 ? "fail" : "pass") + "\n");
        }
        return root;
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
