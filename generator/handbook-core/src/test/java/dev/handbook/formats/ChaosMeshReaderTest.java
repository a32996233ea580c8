package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.ChaosEvidenceSite;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.Reference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chaos Mesh objects, as {@code kubectl get podchaos,schedule -o yaml} writes them, with or without a status. */
class ChaosMeshReaderTest {

    @TempDir Path root;

    @Test
    void aPodChaosWithStatusSaysWhatWasInjectedWhereAndItsResultAnnotation() {
        ChaosExperiment kill = new ChaosEvidenceSite(root).drop("chaos-mesh/redis-pod-kill.yaml", "mesh/redis-pod-kill.yaml")
                .chaos("redis-primary-kill");

        assertThat(kill.title()).isEqualTo("PodChaos redis-primary-kill");
        assertThat(kill.fault().source()).isEqualTo("PodChaos `pod-kill`, mode `one` on pods in `data` labelled"
                + " `statefulset.kubernetes.io/pod-name=redis-0` (gracePeriod `0`)");
        assertThat(kill.result()).isEqualTo(ChaosResult.HELD);
        assertThat(kill.hypothesis().source()).isEqualTo("Sessions survive; the API 401 ratio stays below 0.5%.");
        // the first Apply event, not the object's creation two seconds before
        assertThat(kill.started()).isEqualTo(java.time.Instant.parse("2026-11-30T14:30:00Z"));
        assertThat(kill.ended()).isNull();
        assertThat(kill.observations().source()).isEqualTo("1 of 1 selected targets injected, 0 recovered; desired phase Run.");
        assertThat(kill.targets()).extracting(Reference::target).containsExactly("redis-primary");
    }

    @Test
    void aScheduleWithoutStatusIsAnExperimentWithNoResultRecorded() {
        ChaosEvidenceSite site = new ChaosEvidenceSite(root).drop("chaos-mesh/nightly-network-delay.yaml", "mesh/nightly-network-delay.yaml");
        ChaosExperiment schedule = site.chaos("nightly-postgres-delay");

        assertThat(schedule.fault().source()).isEqualTo("Schedule `0 2 * * *` of NetworkChaos `delay`, mode `all` on pods in `basecamp` labelled"
                + " `app.kubernetes.io/name=basecamp-api` (delay.latency `300ms`, delay.jitter `20ms`, direction `to`), for `10m`");
        assertThat(schedule.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.date()).isEqualTo(LocalDate.parse("2026-11-21"));
        assertThat(schedule.result()).isNull();
        assertThat(schedule.hypothesis()).isNull();
        assertThat(schedule.reason().source()).contains("Add the annotation `handbook.dev/result: held`");
        // targets from the source's map: by the namespace it selects
        assertThat(schedule.targets()).extracting(Reference::target).containsExactly("postgres-primary");
        assertThat(site.problems()).isEmpty();
    }

    @Test
    void aResultAnnotationThatIsNoResultIsAnErrorAtTheAnnotations() {
        String object = ChaosEvidenceSite.fixture("chaos-mesh/redis-pod-kill.yaml").replace("handbook.dev/result: held", "handbook.dev/result: passed");

        assertThat(new ChaosEvidenceSite(root).write("evidence/chaos/kill.yaml", object).problems()).containsExactly(
                "evidence/chaos/kill.yaml:5:26: error: The annotation `handbook.dev/result` of PodChaos 'redis-primary-kill' is 'passed', which is"
                        + " no result. Write `handbook.dev/result: held`, `broken` or `aborted`. [evidence.result]");
    }

    @Test
    void anObjectOfAKindNoReaderKnowsIsAnErrorNamingTheKind() {
        String objects = ChaosEvidenceSite.fixture("chaos-mesh/redis-pod-kill.yaml") + """
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: redis-0
                  namespace: data
                spec:
                  containers:
                  - name: redis
                    image: redis:7.2
                """;

        assertThat(new ChaosEvidenceSite(root).write("evidence/chaos/dump.yaml", objects).problems()).singleElement().asString()
                .startsWith("evidence/chaos/dump.yaml:51:1: error: A Pod (v1) is not chaos evidence handbook reads, so 'redis-0' is not a record.")
                .contains("Chaos Mesh AWSChaos, AzureChaos, BlockChaos, DNSChaos, GCPChaos, HTTPChaos, IOChaos, JVMChaos, KernelChaos,"
                        + " NetworkChaos, PhysicalMachineChaos, PodChaos, Schedule, StressChaos, TimeChaos, Workflow objects");
    }

    @Test
    void goDurationsAsChaosMeshWritesThem() {
        assertThat(ChaosMeshFault.duration("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(ChaosMeshFault.duration("500ms")).contains(Duration.ofMillis(500));
        assertThat(ChaosMeshFault.duration("1.5h")).contains(Duration.ofMinutes(90));
        assertThat(ChaosMeshFault.duration("10 minutes")).isEmpty();
    }
}
