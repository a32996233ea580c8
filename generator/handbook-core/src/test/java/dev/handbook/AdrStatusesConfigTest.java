package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.Adr;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adr_statuses:} in site/handbook.yaml extends the ADR status table that format readers use in a build. */
class AdrStatusesConfigTest {

    @TempDir Path root;

    private Snapshot build(String statuses, String... adrs) {
        ScratchHandbook repo = new ScratchHandbook(root).write("site/handbook.yaml", """
                sources:
                  - path: docs/adr
                    kind: adr
                    defaults: {owner: team-arch}
                """ + statuses);
        for (int i = 0; i < adrs.length; i++) {
            repo.write("docs/adr/000" + (i + 1) + "-adr.md", "# ADR " + (i + 1) + "\n\n- Status: " + adrs[i] + "\n- Date: 2024-01-0" + (i + 1) + "\n");
        }
        return TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")), true);
    }

    private AdrStatus status(Snapshot snapshot, int number) {
        return ((Adr) snapshot.catalog().get(new EntryId(EntryKind.ADR, "000" + number + "-adr"))).status();
    }

    @Test
    void configuredWordsMapToTheirStatusAndADefaultWordCanMove() {
        Snapshot snapshot = build("""
                adr_statuses:
                  accepted: [live, "In Force"]
                  rejected: [done]
                """, "Live", "✅ in force", "Done", "Approved");

        assertThat(snapshot.diagnostics()).as("diagnostics").isEmpty();
        assertThat(status(snapshot, 1)).isEqualTo(AdrStatus.ACCEPTED);
        assertThat(status(snapshot, 2)).isEqualTo(AdrStatus.ACCEPTED);
        assertThat(status(snapshot, 3)).as("`done` moved from accepted").isEqualTo(AdrStatus.REJECTED);
        assertThat(status(snapshot, 4)).as("defaults stay").isEqualTo(AdrStatus.ACCEPTED);
        assertThat(snapshot.pages()).containsKey("adrs/0001-adr.html");
    }

    @Test
    void anUnmappableStatusNamesTheTableAndHowToExtendIt() {
        Snapshot snapshot = build("", "Live");

        assertThat(snapshot.diagnostics()).filteredOn(d -> d.code().equals("adr.status")).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith("docs/adr/0001-adr.md:3:11: error: Status 'Live' is not in the ADR status table.")
                        .contains("add the word to the table in site/handbook.yaml, e.g. `adr_statuses: {accepted: [\"live\"]}`"));
    }

    @Test
    void anUnknownStatusInTheConfigIsAnErrorAtItsKeyListingTheStatuses() {
        assertThat(configProblem("adr_statuses:\n  in_force: [live]\n", "field.unknown"))
                .isEqualTo("site/handbook.yaml:6:3: error: Unknown field 'in_force' in a adr_statuses."
                        + " Expected one of: accepted, deprecated, proposed, rejected, superseded. [field.unknown]");
    }

    @Test
    void aWordUnderTwoStatusesIsAnError() {
        assertThat(configProblem("adr_statuses:\n  accepted: [live]\n  deprecated: [LIVE]\n", "config.adr-status"))
                .isEqualTo("site/handbook.yaml:7:15: error: 'LIVE' is listed under both accepted and deprecated in `adr_statuses`."
                        + " Keep it under the one status it means. [config.adr-status]");
    }

    /** The one diagnostic with {@code code} of a build with {@code statuses} in its config, formatted. */
    private String configProblem(String statuses, String code) {
        return build(statuses, "Accepted").diagnostics().stream().filter(d -> d.code().equals(code)).map(Diagnostic::format)
                .reduce((a, b) -> a + "\n" + b).orElse("no " + code);
    }
}
