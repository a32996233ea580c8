package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import dev.handbook.schema.Schemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownPostmortemReaderTest {

    private final MarkdownPostmortemReader reader = new MarkdownPostmortemReader();

    private ReadAdr read(String fileName, String text) {
        return ReadAdr.read(reader, EntryKind.POSTMORTEM, fileName, text, Map.of());
    }

    @Test
    void readsTitleSeverityTimelineTableAndActionItemTable() {
        ReadAdr pm = read("PM2019-009 - Kubernetes IP starvation.md", """
                # PM2019-009 - Kubernetes IP starvation

                **Severity:** sev-2

                ## Summary

                New pods could not get an IP address.

                ## Timeline

                | Time (UTC)       | What happened             |
                |------------------|---------------------------|
                | 2019-03-12 14:05 | Pods stuck in *Pending*.  |
                | 2019-03-12 9:40  | Subnet extended.          |
                | later            | Customers told.           |

                ## Action items

                | Action                     | Owner      | Due        | Status |
                |----------------------------|------------|------------|--------|
                | Alert on free pod IPs      | @team-k8s  | 2019-04-01 | Done   |
                | Larger subnets per cluster | team-net   |            | open   |
                """);

        assertThat(pm.values()).isEqualTo(Map.of(
                "title", "PM2019-009 - Kubernetes IP starvation",
                "severity", "SEV2",
                "date", "2019-03-12",
                "timeline", List.of("14:05 Pods stuck in Pending.", "09:40 Subnet extended."),
                "action_items", List.of("AI-1 Alert on free pod IPs team-k8s 2019-04-01 done", "AI-2 Larger subnets per cluster team-net open")));
        assertThat(pm.at("timeline")).isEqualTo("13:3");
        assertThat(pm.at("action_items")).isEqualTo("21:3");
        assertThat(pm.messages()).singleElement().asString()
                .startsWith("postmortems/PM2019-009 - Kubernetes IP starvation.md:15:3: warning: Timeline row 'later | Customers told.' has no time");
        assertThat(pm.body().source()).contains("## Summary", "New pods").doesNotContain("## Timeline", "Pods stuck", "## Action items",
                "Severity", "# PM2019");
        assertThat(pm.schemaProblems(Schemas.POSTMORTEM)).isEmpty();
    }

    @Test
    void takesTheDateFromADatedFileNameAndActionItemsFromATaskList() {
        ReadAdr pm = read("2024-05-02-redis-outage.md", """
                # Redis outage

                ## Action items

                - [x] Add a replica
                - [ ] Page on `used_memory`
                  above 90%

                ## Lessons
                """);

        assertThat(pm.values()).isEqualTo(Map.of("title", "Redis outage", "date", "2024-05-02",
                "action_items", List.of("AI-1 Add a replica done", "AI-2 Page on used_memory above 90% open")));
        assertThat(pm.body().source()).startsWith("## Lessons");
    }

    @Test
    void aListThatIsNotAllTasksStaysInTheBody() {
        ReadAdr pm = read("2024-05-02-x.md", "# X\n\n## Follow-ups\n\n- [ ] One\n- Two\n");

        assertThat(pm.values()).doesNotContainKey("action_items");
        assertThat(pm.body().source()).contains("## Follow-ups", "- [ ] One");
    }

    @Test
    void aMetadataListIsReadOnlyWhenEveryItemIsMetadata() {
        ReadAdr read = read("2024-05-02-x.md", "# X\n\n- Severity: SEV1\n- Customers affected: many\n\n* Date: 2024-05-01\n* Duration: 2h\n");

        assertThat(read.values()).containsEntry("date", "2024-05-01").containsEntry("duration", "2h").doesNotContainKey("severity");
        assertThat(read.body().source()).contains("- Severity: SEV1", "- Customers affected").doesNotContain("Duration");
    }

    @Test
    void aDateLineWinsOverTheFileNameAndTheSourceFieldsMapRenamesFrontMatter() {
        ReadAdr pm = ReadAdr.read(reader, EntryKind.POSTMORTEM, "2024-05-02-x.md",
                "---\nstart_time: 2024-05-01T23:50:00Z\nimpact_level: SEV1\n---\n# X\n", Map.of("start_time", "date", "impact_level", "severity"));

        assertThat(pm.values()).isEqualTo(Map.of("date", "2024-05-01", "severity", "SEV1", "title", "X"));
    }

    @Test
    void withoutAnyDateItIsAnErrorSayingWhereToWriteOne() {
        ReadAdr pm = read("PM2020-001 Lost disk.md", "# Lost disk\n\nIt broke.\n");

        assertThat(pm.result()).isInstanceOf(FormatResult.Failed.class);
        assertThat(pm.messages()).singleElement().asString()
                .isEqualTo("postmortems/PM2020-001 Lost disk.md:1:3: error: The postmortem has no date. Add a `Date: YYYY-MM-DD` line under the"
                        + " title, a `date:` to its front matter, or start the file name with `YYYY-MM-DD-`. [postmortem.date-missing]");
    }
}
