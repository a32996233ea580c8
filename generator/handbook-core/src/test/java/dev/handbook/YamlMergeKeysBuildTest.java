package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Severity;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Postmortem;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YAML record that repeats values with merge keys ({@code <<: *item}) builds with the merged values. */
class YamlMergeKeysBuildTest {

    @TempDir Path root;

    @Test
    void actionItemsMergedFromAnAnchorGetItsFieldsAndNoUnknownFieldError() {
        new ScratchHandbook(root).write("content/postmortems/2026-01-10-db-down.yaml", """
                title: Database down
                owner: team-data
                date: 2026-01-10
                severity: SEV2
                summary: The primary ran out of disk.
                action_items:
                  - &item
                    id: PM-1
                    title: Alert on disk usage
                    owner: team-data
                    due: 2026-02-01
                    status: open
                  - <<: *item
                    id: PM-2
                    title: Grow the volume
                """);
        Snapshot snapshot = TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")), false);

        assertThat(snapshot.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).as("errors").isEmpty();
        Postmortem postmortem = (Postmortem) snapshot.catalog().get(new EntryId(EntryKind.POSTMORTEM, "2026-01-10-db-down"));
        assertThat(postmortem.actionItems()).extracting(a -> a.title() + " " + a.owner() + " " + a.due())
                .containsExactly("Alert on disk usage team-data " + LocalDate.of(2026, 2, 1), "Grow the volume team-data " + LocalDate.of(2026, 2, 1));
    }
}
