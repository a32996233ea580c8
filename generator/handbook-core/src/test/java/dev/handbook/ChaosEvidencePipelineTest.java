package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseState;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tools' output dropped into a chaos source as CI would counts for the SPOFs it names like a hand-written record: on
 * their chaos cadence, their pages and timelines; the chaos page shows the probes, the steps and the tool's file.
 */
class ChaosEvidencePipelineTest {

    private static final EntryId REDIS = new EntryId(EntryKind.SPOF, "redis-primary");

    @TempDir Path root;

    private ChaosEvidenceSite site() {
        return new ChaosEvidenceSite(root).drop("chaostoolkit/2026-11-18T1430/journal.json", "runs/2026-11-18T1430/journal.json");
    }

    @Test
    void aJournalCountsForItsSpofsChaosCadenceAndShowsOnItsPageAndTimeline() {
        Snapshot snapshot = site().snapshot("2026-11-22");

        ExerciseStatus chaos = snapshot.freshness().exercise(REDIS, ExerciseKind.CHAOS);
        assertThat(chaos.state()).isEqualTo(ExerciseState.CURRENT);
        assertThat(chaos.last()).isEqualTo(new EntryId(EntryKind.CHAOS, "2026-11-18t1430-journal"));
        Document spof = page(snapshot, "spofs/redis-primary.html");
        assertThat(spof.select("a[href='../chaos/2026-11-18t1430-journal.html']")).isNotEmpty();
        assertThat(spof.select("figure.diagram-timeline").html()).contains("Sessions survive the loss of the Redis primary");
        // a week later, with no newer run, it is overdue: evidence ages like a hand-written record
        assertThat(site().snapshot("2026-11-30").freshness().exercise(REDIS, ExerciseKind.CHAOS).state()).isEqualTo(ExerciseState.OVERDUE);
    }

    @Test
    void theChaosPageShowsProbesBeforeAndAfterTheStepsAndLinksTheJournalCopiedIntoTheSite() {
        Snapshot snapshot = site().snapshot("2026-11-22");

        Document page = page(snapshot, "chaos/2026-11-18t1430-journal.html");
        assertThat(page.select("section.probes tbody tr").eachText()).containsExactly(
                "api-401-ratio-below-half-percent {type: range, range: [0, 0.005], target: value} met not met",
                "redis-serves-writes 0 met met");
        assertThat(page.select("section.activities tbody tr").eachText()).containsExactly(
                "terminate-redis-0 action succeeded 2026-11-18 13:30:05 UTC under 1s",
                "sessions-in-db-1 probe succeeded 2026-11-18 13:31:06 UTC 30s",
                "scale-redis-back rollback succeeded 2026-11-18 13:31:37 UTC 1s");
        assertThat(page.select("section.reason h2").text()).isEqualTo("What went wrong");
        String href = page.select("dd a:has(code)").attr("href");
        assertThat(href).isEqualTo("../files/evidence/chaos/runs/2026-11-18T1430/journal.json");
        assertThat(snapshot.pages().get("files/evidence/chaos/runs/2026-11-18T1430/journal.json").text())
                .isEqualTo(ChaosEvidenceSite.fixture("chaostoolkit/2026-11-18T1430/journal.json"));
    }

    @Test
    void aChaosMeshRunWithoutAResultShowsNoResultRecordedAndDoesNotCount() {
        Snapshot snapshot = new ChaosEvidenceSite(root)
                .write("evidence/chaos/mesh/redis-pod-kill.yaml", ChaosEvidenceSite.fixture("chaos-mesh/redis-pod-kill.yaml")
                        .replace("    handbook.dev/result: held\n", ""))
                .snapshot("2026-12-01");

        assertThat(snapshot.freshness().exercise(REDIS, ExerciseKind.CHAOS).state()).isEqualTo(ExerciseState.NEVER_EXERCISED);
        Document page = page(snapshot, "chaos/redis-primary-kill.html");
        assertThat(page.select(".fact .badge").first().text()).isEqualTo("no result recorded");
        assertThat(page.select("p.banner").text()).contains("This run counts for no cadence until its result is recorded.");
        assertThat(page.select("section.reason").text()).startsWith("Why there is no result").contains("handbook.dev/result: held");
        assertThat(page(snapshot, "chaos/index.html").select("tbody tr").text()).contains("no result recorded");
    }

    @Test
    void aChaosMeshResultAnnotationCountsLikeAHandWrittenResult() {
        Snapshot snapshot = new ChaosEvidenceSite(root).drop("chaos-mesh/redis-pod-kill.yaml", "mesh/redis-pod-kill.yaml").snapshot("2026-12-01");

        ExerciseStatus chaos = snapshot.freshness().exercise(REDIS, ExerciseKind.CHAOS);
        assertThat(chaos.state()).isEqualTo(ExerciseState.CURRENT);
        assertThat(chaos.last()).isEqualTo(new EntryId(EntryKind.CHAOS, "redis-primary-kill"));
    }

    @Test
    void textFromAJournalIsEscapedOnThePage() {
        String journal = ChaosEvidenceSite.fixture("chaostoolkit/2026-11-18T1430/journal.json")
                .replace("\"name\": \"redis-serves-writes\"", "\"name\": \"<img src=x onerror=alert(1)>\"");

        Document page = page(new ChaosEvidenceSite(root).write("evidence/chaos/x/journal.json", journal).snapshot("2026-11-22"), "chaos/x-journal.html");

        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("section.probes").text()).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void aHandWrittenRecordMayUseTheRunFieldsButMustStillStateItsResult() {
        String record = """
                title: Kill redis-0 by hand
                date: 2026-11-20
                hypothesis: Sessions survive.
                fault: kubectl delete pod redis-0
                targets: [redis-primary]
                started: 2026-11-20T10:00:00Z
                probes:
                  - {name: sessions-kept, tolerance: ">= 99.9%", before: met, after: not-met}
                activities:
                  - {name: delete redis-0, type: action, status: succeeded, duration: 2s}
                evidence: ../notes/redis-kill.yaml
                """;
        ChaosEvidenceSite site = new ChaosEvidenceSite(root).write("evidence/chaos/by-hand.yaml", record + "result: broken\n")
                .write("evidence/notes/redis-kill.yaml", "output: 40108 keys\n");

        Document page = page(site.snapshot("2026-11-22"), "chaos/by-hand.html");
        assertThat(page.select("section.probes tbody tr").eachText()).containsExactly("sessions-kept >= 99.9% met not met");
        assertThat(page.select("section.activities tbody tr").eachText()).containsExactly("delete redis-0 action succeeded 2s");
        assertThat(page.select("dd a:has(code)").attr("href")).isEqualTo("../files/evidence/notes/redis-kill.yaml");
        assertThat(site.write("evidence/chaos/by-hand.yaml", record).problems()).containsExactly(
                "evidence/chaos/by-hand.yaml:1:1: error: Missing required field 'result' in a chaos. Add `result: …` (one of: held, broken,"
                        + " aborted). [field.missing]");
    }

    private static Document page(Snapshot snapshot, String path) {
        assertThat(snapshot.hasErrors()).as("%s", snapshot.diagnostics()).isFalse();
        return Jsoup.parse(new String(snapshot.pages().get(path).content(), StandardCharsets.UTF_8));
    }
}
