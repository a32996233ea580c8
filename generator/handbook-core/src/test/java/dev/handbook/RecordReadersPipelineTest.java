package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.model.ActionStatus;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.IncidentSeverity;
import dev.handbook.model.Postmortem;
import dev.handbook.model.Runbook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository laid out as teams keep runbooks and postmortems (Hugo runbooks named after alerts with an OWNERS file, a
 * GOV.UK tech-docs page, front-matter-less postmortems with timeline and action-item tables, another vocabulary renamed
 * by {@code fields:}) builds with the standard readers, the fields right on the pages and no file changed.
 */
class RecordReadersPipelineTest {

    @TempDir Path root;

    private ScratchHandbook repository() {
        return new ScratchHandbook(root)
                .write("site/handbook.yaml", """
                        sources:
                          - path: ops/runbooks
                            kind: runbook
                            defaults: {review_every: 180d}
                          - path: incidents
                            kind: postmortem
                            defaults: {severity: SEV3}
                            fields: {start_time: date, sev: severity}
                        """)
                .write("ops/runbooks/README.md", "# Runbooks\n\n- [Alertmanager](AlertmanagerClusterCrashlooping.md)\n")
                .write("ops/runbooks/OWNERS", "approvers:\n  - team-observability\n")
                .write("ops/runbooks/_index.md", "---\ntitle: Runbooks\nweight: 1\n---\n")
                .write("ops/runbooks/AlertmanagerClusterCrashlooping.md", """
                        ---
                        title: Alertmanager cluster crashlooping
                        weight: 20
                        lastmod: 2026-11-02T08:00:00Z
                        menu:
                          main: {parent: alerts}
                        aliases: [/runbooks/amcc]
                        ---
                        # Alertmanager cluster crashlooping

                        ## Mitigation
                        Check [[deploy-an-app]] and the 2026-10-12 incident: [[2026-10-12-alertmanager-down]].
                        """)
                .write("ops/runbooks/deploy-an-app.html.md.erb", """
                        ---
                        title: Deploy an app
                        last_reviewed_on: 2026-09-01
                        review_in: 6 months
                        ---
                        <%= partial "links" %>
                        Run the pipeline.
                        """)
                .write("incidents/2026-10-12-alertmanager-down.md", """
                        # Alertmanager down

                        ## Timeline

                        | When  | Description                    |
                        |-------|--------------------------------|
                        | 14:05 | Alerts stop arriving.          |
                        | 14:30 | Follow [[AlertmanagerClusterCrashlooping]]. |

                        ## Action items

                        - [x] Add a second replica
                        - [ ] Page when notifications fail
                        """)
                .write("incidents/PM2019-009 - Kubernetes IP starvation.md", """
                        ---
                        start_time: 2019-03-12T14:00:00Z
                        sev: SEV2
                        ---
                        # Kubernetes IP starvation

                        Pods stayed Pending.
                        """);
    }

    @Test
    void runbooksAndPostmortemsWithoutHandbooksFrontMatterBuildWithTheirFieldsOnThePagesAndNoFileChanged() {
        repository();
        Map<String, String> before = Checksums.of(root.resolve("ops"), root.resolve("incidents"), root.resolve("site"));
        Snapshot snapshot = TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")), true);

        assertThat(snapshot.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).as("errors").isEmpty();
        assertThat(snapshot.diagnostics()).as("the ERB tag, and the open task without owner and due date").extracting(Diagnostic::code)
                .containsOnly("erb.removed", "action.owner", "action.due");

        Runbook alert = (Runbook) snapshot.catalog().get(new EntryId(EntryKind.RUNBOOK, "alertmanagerclustercrashlooping"));
        assertThat(alert.meta().owner()).as("owner from OWNERS").isEqualTo("team-observability");
        assertThat(alert.lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(alert.reviewEvery()).isEqualTo(Period.ofDays(180));
        assertThat(alert.whenToUse().source()).isEqualTo("The `AlertmanagerClusterCrashlooping` alert fires.");
        Runbook deploy = (Runbook) snapshot.catalog().get(new EntryId(EntryKind.RUNBOOK, "deploy-an-app"));
        assertThat(deploy.reviewEvery()).isEqualTo(Period.ofMonths(6));
        assertThat(deploy.lastReviewed()).isEqualTo(LocalDate.of(2026, 9, 1));

        Postmortem down = (Postmortem) snapshot.catalog().get(new EntryId(EntryKind.POSTMORTEM, "2026-10-12-alertmanager-down"));
        assertThat(down.date()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(down.severity()).as("from the source's defaults").isEqualTo(IncidentSeverity.SEV3);
        assertThat(down.meta().owner()).as("no OWNERS covers incidents/").isEmpty();
        assertThat(down.timeline()).extracting(t -> t.time()).containsExactly("14:05", "14:30");
        assertThat(down.actionItems()).extracting(a -> a.title() + " " + a.status())
                .containsExactly("Add a second replica " + ActionStatus.DONE, "Page when notifications fail " + ActionStatus.OPEN);
        Postmortem starvation = (Postmortem) snapshot.catalog().get(new EntryId(EntryKind.POSTMORTEM, "pm2019-009-kubernetes-ip-starvation"));
        assertThat(starvation.date()).as("start_time renamed to date").isEqualTo(LocalDate.of(2019, 3, 12));
        assertThat(starvation.severity()).as("sev renamed to severity, over the default").isEqualTo(IncidentSeverity.SEV2);

        Document alertPage = page(snapshot, "runbooks/alertmanagerclustercrashlooping.html");
        assertThat(alertPage.select("h1").text()).isEqualTo("Alertmanager cluster crashlooping");
        assertThat(alertPage.select("article h1, article h2").eachText()).as("the H1 is not shown twice").containsOnlyOnce(
                "Alertmanager cluster crashlooping");
        assertThat(alertPage.select("a[href=../runbooks/deploy-an-app.html]")).isNotEmpty();
        assertThat(alertPage.text()).contains("team-observability").doesNotContain("weight", "aliases");
        Document downPage = page(snapshot, "postmortems/2026-10-12-alertmanager-down.html");
        assertThat(downPage.select("ol.timeline li").eachText()).containsExactly("14:05 Alerts stop arriving.",
                "14:30 Follow Alertmanager cluster crashlooping.");
        assertThat(downPage.text()).contains("Add a second replica", "Page when notifications fail").doesNotContain("[x]", "[ ]");
        assertThat(page(snapshot, "runbooks/deploy-an-app.html").text()).contains("Run the pipeline.").doesNotContain("<%", "partial");
        assertThat(snapshot.skipped()).isEqualTo(Map.of("OWNERS files (read as owners)", List.of("ops/runbooks/OWNERS"),
                "index pages of a collection (README.md, index.md)", List.of("ops/runbooks/README.md")));
        assertThat(Checksums.of(root.resolve("ops"), root.resolve("incidents"), root.resolve("site"))).as("no file of the repository changed").isEqualTo(before);
    }

    private static Document page(Snapshot snapshot, String path) {
        assertThat(snapshot.pages()).containsKey(path);
        return Jsoup.parse(snapshot.pages().get(path).text());
    }
}
