package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.ChaosEvidenceSite;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.ChaosProbe;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.ProbeResult;
import dev.handbook.model.Reference;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LitmusChaos ChaosResults, as {@code kubectl get chaosresult -o yaml} (a List) or {@code -o json} (one) writes them. */
class LitmusReaderTest {

    @TempDir Path root;

    private ChaosEvidenceSite site() {
        return new ChaosEvidenceSite(root).drop("litmus/chaosresults.yaml", "litmus/chaosresults.yaml")
                .drop("litmus/pod-delete-stopped.json", "litmus/pod-delete-stopped.json");
    }

    @Test
    void aListGivesOneRecordPerChaosResultNamedAfterTheObject() {
        ChaosEvidenceSite site = site();
        ChaosExperiment pass = site.chaos("redis-chaos-pod-delete");

        assertThat(pass.title()).isEqualTo("LitmusChaos pod-delete (ChaosEngine redis-chaos)");
        assertThat(pass.result()).isEqualTo(ChaosResult.HELD);
        assertThat(pass.fault().source()).isEqualTo("LitmusChaos experiment `pod-delete` run by ChaosEngine `redis-chaos` in namespace `data`,"
                + " against statefulset `redis`.");
        assertThat(pass.observations().source()).isEqualTo("Verdict Pass, phase Completed, probe success 100%; runs of this engine so far:"
                + " 6 passed, 1 failed, 0 stopped.");
        assertThat(pass.probes()).containsExactly(new ChaosProbe("sessions-api-responds", "httpProbe, mode Continuous", null, ProbeResult.MET),
                new ChaosProbe("redis-key-count", "cmdProbe, mode Edge", null, ProbeResult.MET));
        assertThat(pass.targets()).extracting(Reference::target).containsExactly("redis-primary");
        assertThat(pass.evidence()).isEqualTo("evidence/chaos/litmus/chaosresults.yaml");
        assertThat(site.chaos("api-chaos-pod-network-latency").result()).isEqualTo(ChaosResult.BROKEN);
    }

    @Test
    void theTimeIsTheLastStatusUpdateSinceEveryRunOfAnEngineReusesItsChaosResult() {
        ChaosExperiment pass = site().chaos("redis-chaos-pod-delete");

        // created by the first run on 2026-10-02; the status was last written by the run of 2026-11-26
        assertThat(pass.started()).isEqualTo(java.time.Instant.parse("2026-11-26T14:03:41Z"));
        assertThat(pass.date()).isEqualTo(LocalDate.parse("2026-11-26"));
    }

    @Test
    void stoppedIsAbortedWithTheErrorReasonAndTargetsFromTheAnnotation() {
        ChaosExperiment stopped = site().chaos("ingress-chaos-pod-delete");

        assertThat(stopped.result()).isEqualTo(ChaosResult.ABORTED);
        assertThat(stopped.reason().source()).startsWith("The verdict is `Stopped`: {\"errorCode\":\"STATUS_CHECKS_ERROR\"")
                .contains("are not in running state");
        assertThat(stopped.targets()).extracting(Reference::target).containsExactly("ingress-controller", "platform-k8s");
        assertThat(stopped.date()).isEqualTo(LocalDate.parse("2026-11-29"));
    }

    @Test
    void awaitedIsNoResultYetAndCountsForNoCadence() {
        ChaosEvidenceSite site = site();
        ChaosExperiment awaited = site.chaos("vault-chaos-pod-cpu-hog");

        assertThat(awaited.result()).isNull();
        assertThat(awaited.reason().source()).contains("`Awaited`: the experiment had not finished");
        // it names no target and the map has no entry for it: a warning, not an error
        assertThat(site.problems()).singleElement().asString().contains("ChaosResult 'vault-chaos-pod-cpu-hog' names no SPOF or service")
                .contains("[evidence.untargeted]");
    }

    @Test
    void aChaosEngineBesideTheResultsIsAnErrorNamingItsKindAndTheKindsRead() {
        String engine = """
                apiVersion: litmuschaos.io/v1alpha1
                kind: ChaosEngine
                metadata:
                  name: redis-chaos
                  namespace: data
                spec:
                  engineState: active
                  experiments:
                  - name: pod-delete
                """;

        assertThat(new ChaosEvidenceSite(root).write("evidence/chaos/engine.yaml", engine).problems()).singleElement().asString()
                .startsWith("evidence/chaos/engine.yaml:1:1: error: A ChaosEngine (litmuschaos.io/v1alpha1) is not chaos evidence handbook reads,"
                        + " so 'redis-chaos' is not a record. A chaos source reads Chaos Toolkit journals, LitmusChaos ChaosResult objects and"
                        + " Chaos Mesh AWSChaos, AzureChaos,")
                .endsWith("[evidence.kind]");
    }
}
