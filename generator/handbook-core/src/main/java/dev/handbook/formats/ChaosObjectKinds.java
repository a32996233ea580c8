package dev.handbook.formats;

import dev.handbook.diagnostics.Diagnostics;
import java.util.List;
import java.util.Set;

/**
 * The Kubernetes kinds that chaos sources read, and the error for any other object found there, so a ChaosEngine or a
 * Pod dropped beside the results is named instead of being read as a record with a hundred unknown fields.
 */
final class ChaosObjectKinds {

    /** LitmusChaos's result object. */
    static final String LITMUS_RESULT = "ChaosResult";

    /** Chaos Mesh's experiment kinds, and the objects that run them. */
    static final Set<String> CHAOS_MESH = Set.of("PodChaos", "NetworkChaos", "IOChaos", "StressChaos", "TimeChaos", "DNSChaos",
            "HTTPChaos", "KernelChaos", "JVMChaos", "BlockChaos", "AWSChaos", "GCPChaos", "AzureChaos", "PhysicalMachineChaos",
            "Schedule", "Workflow");

    private ChaosObjectKinds() {}

    /** Reports {@code object} as a kind no chaos reader knows. */
    static void unknown(KubeObject object, Diagnostics diagnostics) {
        diagnostics.error("evidence.kind", object.position(), "A " + object.kind() + " (" + object.apiVersion() + ") is not chaos evidence handbook"
                + " reads, so '" + object.name() + "' is not a record.", "A chaos source reads Chaos Toolkit journals, LitmusChaos "
                + LITMUS_RESULT + " objects and Chaos Mesh " + String.join(", ", List.copyOf(new java.util.TreeSet<>(CHAOS_MESH)))
                + " objects; leave this file out with the source's `exclude:`, or drop the ChaosResult instead.");
    }
}
