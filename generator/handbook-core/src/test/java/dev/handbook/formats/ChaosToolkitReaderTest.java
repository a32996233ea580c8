package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handbook.ChaosEvidenceSite;
import dev.handbook.model.ActivityType;
import dev.handbook.model.ChaosActivity;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.ChaosProbe;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.ProbeResult;
import dev.handbook.model.Reference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chaos Toolkit journals, as {@code chaos run} writes them into a folder per run, read by a chaos source. */
class ChaosToolkitReaderTest {

    @TempDir Path root;

    private ChaosEvidenceSite site() {
        return new ChaosEvidenceSite(root);
    }

    @Test
    void deviatedJournalIsBrokenWithTheProbeThatMissedAndTheStepsItRan() {
        ChaosExperiment run = site().drop("chaostoolkit/2026-11-18T1430/journal.json", "runs/2026-11-18T1430/journal.json")
                .chaos("2026-11-18t1430-journal");

        assertThat(run.title()).isEqualTo("Sessions survive the loss of the Redis primary");
        assertThat(run.result()).isEqualTo(ChaosResult.BROKEN);
        assertThat(run.date()).isEqualTo(LocalDate.parse("2026-11-18"));
        assertThat(run.started()).isEqualTo(java.time.Instant.parse("2026-11-18T13:30:05Z"));
        assertThat(run.ended()).isEqualTo(java.time.Instant.parse("2026-11-18T13:31:38Z"));
        assertThat(run.hypothesis().source()).isEqualTo("Logged-in users stay logged in");
        assertThat(run.fault().source()).contains("`terminate-redis-0` (python `chaosk8s.pod.actions.terminate_pods`)")
                .doesNotContain("sessions-in-db-1");
        assertThat(run.reason().source()).contains("probe `api-401-ratio-below-half-percent` was outside its tolerance "
                + "`{type: range, range: [0, 0.005], target: value}`").doesNotContain("redis-serves-writes");
        assertThat(run.probes()).containsExactly(
                new ChaosProbe("api-401-ratio-below-half-percent", "{type: range, range: [0, 0.005], target: value}", ProbeResult.MET, ProbeResult.NOT_MET),
                new ChaosProbe("redis-serves-writes", "0", ProbeResult.MET, ProbeResult.MET));
        assertThat(run.activities()).extracting(ChaosActivity::name, ChaosActivity::type, ChaosActivity::status, ChaosActivity::duration)
                .containsExactly(
                        tuple("terminate-redis-0", ActivityType.ACTION, "succeeded", Duration.ofMillis(341)),
                        tuple("sessions-in-db-1", ActivityType.PROBE, "succeeded", Duration.ofMillis(30878)),
                        tuple("scale-redis-back", ActivityType.ROLLBACK, "succeeded", Duration.ofMillis(1211)));
        assertThat(run.activities().get(0).started()).isEqualTo(java.time.Instant.parse("2026-11-18T13:30:05Z"));
        assertThat(run.targets()).extracting(Reference::target).containsExactly("redis-primary");
        assertThat(run.meta().tags()).containsExactly("redis", "sessions");
        assertThat(run.tool()).isEqualTo("Chaos Toolkit (chaostoolkit-lib 1.42.1)");
        assertThat(run.evidence()).isEqualTo("evidence/chaos/runs/2026-11-18T1430/journal.json");
    }

    @Test
    void steadyStateNotMetBeforeTheMethodIsAbortedAndSaysWhichProbe() {
        ChaosExperiment run = site().drop("chaostoolkit/chaos-ingress-before/journal.json", "chaos-ingress-before/journal.json")
                .chaos("chaos-ingress-before-journal");

        assertThat(run.result()).isEqualTo(ChaosResult.ABORTED);
        assertThat(run.reason().source()).isEqualTo("The steady state was not met before the method ran, so no fault was injected:"
                + " probe `three-controllers-ready` was outside its tolerance `3`.");
        assertThat(run.probes()).containsExactly(
                new ChaosProbe("edge-5xx-ratio", "{type: range, range: [0, 0.005], target: value}", ProbeResult.MET, null),
                new ChaosProbe("three-controllers-ready", "3", ProbeResult.NOT_MET, null));
        assertThat(run.activities()).isEmpty();
        assertThat(run.targets()).extracting(Reference::target).containsExactly("ingress-controller");
    }

    @Test
    void anActivityThatRaisedAbortsTheRunWithTheExceptionsLastLine() {
        ChaosExperiment run = site().drop("chaostoolkit/chaos-redis-forbidden/journal.json", "chaos-redis-forbidden/journal.json")
                .chaos("chaos-redis-forbidden-journal");

        assertThat(run.result()).isEqualTo(ChaosResult.ABORTED);
        assertThat(run.reason().source()).startsWith("Activity `delete-redis-0` failed: `chaoslib.exceptions.ActivityFailed: kubernetes.client")
                .contains("(403) Reason: Forbidden");
        assertThat(run.activities()).extracting(ChaosActivity::failed).containsExactly(true);
    }

    @Test
    void timesWithAnOffsetAreReadAsTheUtcInstantAndTheDateIsTheUtcDay() {
        ChaosExperiment run = site().drop("chaostoolkit/chaos-postgres-failover/journal.json", "chaos-postgres-failover/journal.json")
                .chaos("chaos-postgres-failover-journal");

        assertThat(run.started()).isEqualTo(java.time.Instant.parse("2026-11-19T23:20:05Z"));
        assertThat(run.date()).isEqualTo(LocalDate.parse("2026-11-19"));
        assertThat(run.ended()).isEqualTo(java.time.Instant.parse("2026-11-19T23:21:02Z"));
        assertThat(run.result()).isEqualTo(ChaosResult.HELD);
        assertThat(run.reason()).isNull();
        // the journal names no target: the source's map: by experiment title does
        assertThat(run.targets()).extracting(Reference::target).containsExactly("postgres-primary");
    }

    @Test
    void aJournalOfAnUnknownLibraryVersionIsAnErrorAtTheVersion() {
        String journal = ChaosEvidenceSite.fixture("chaostoolkit/chaos-postgres-failover/journal.json").replace("\"1.42.1\"", "\"2.0.0\"");

        assertThat(site().write("evidence/chaos/run-7/journal.json", journal).problems()).containsExactly(
                "evidence/chaos/run-7/journal.json:2:23: error: This journal was written by chaostoolkit-lib 2.0.0; handbook reads the"
                        + " journals of chaostoolkit-lib 1.x. Run the experiment with chaostoolkit-lib 1.x, or leave this file out with the"
                        + " source's `exclude:` until handbook reads this version. [chaostoolkit.version]");
    }

    @Test
    void aTruncatedJournalIsAJsonErrorAtTheLineAndColumnWhereItStops() {
        String journal = ChaosEvidenceSite.fixture("chaostoolkit/2026-11-18T1430/journal.json");
        String cut = journal.substring(0, journal.indexOf("\"rollbacks\": [\n    {\n      \"activity\""));

        List<String> problems = site().write("evidence/chaos/run-8/journal.json", cut).problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("evidence/chaos/run-8/journal.json:" + cut.lines().count() + ":").contains("error: Invalid JSON")
                .endsWith("[json.syntax]");
    }

    @Test
    void aJournalThatNamesNoTargetIsAWarningThatSaysHowToName() {
        String journal = ChaosEvidenceSite.fixture("chaostoolkit/chaos-redis-forbidden/journal.json").replace("when redis-0 is deleted", "again");

        assertThat(site().write("evidence/chaos/run-9/journal.json", journal).problems()).containsExactly(
                "evidence/chaos/run-9/journal.json:6:14: warning: Chaos Toolkit experiment 'Redis replica takes over again'"
                        + " names no SPOF or service it belongs to, so no cadence counts it. Add the label or annotation"
                        + " `handbook.dev/targets: <spof-id>` to the object (or a tag `handbook.dev/targets=<id>` to the experiment), or map one"
                        + " of its names (Redis replica takes over again) under the source's `map:` in site/handbook.yaml."
                        + " [evidence.untargeted]");
    }

    @Test
    void aLongJournalWithBigActivityOutputsIsReadWhole() {
        String journal = ChaosEvidenceSite.fixture("chaostoolkit/2026-11-18T1430/journal.json");
        // an Ansible or kubectl action logs pages of output, Kubernetes objects included
        String output = "\"" + "TASK [drain node] ok: [ip-10-40-11-87] apiVersion: v1 kind: Pod \\n".repeat(2500) + "\"";
        String big = journal.replace("\"output\": null,\n      \"start\": \"2026-11-18T13:30:05.640516\"",
                "\"output\": " + output + ",\n      \"start\": \"2026-11-18T13:30:05.640516\"");
        assertThat(big.length()).isGreaterThan(143_000);

        ChaosExperiment run = site().write("evidence/chaos/big/journal.json", big).chaos("big-journal");

        assertThat(run.result()).isEqualTo(ChaosResult.BROKEN);
        assertThat(run.activities()).hasSize(3);
    }
}
