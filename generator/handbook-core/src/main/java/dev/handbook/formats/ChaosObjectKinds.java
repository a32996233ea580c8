package dev.handbook.formats;

import dev.handbook.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /** One record per object of the file that {@code reads} accepts; any other object is an error naming its kind. */
    static FormatResult eachObject(FormatInput input, Diagnostics diagnostics, Predicate<KubeObject> reads,
            Function<KubeObject, Optional<FormatResult.Read>> record) {
        Optional<List<KubeObject>> objects = KubeObjects.read(input, diagnostics);
        if (objects.isEmpty()) {
            return new FormatResult.Failed();
        }
        List<FormatResult.Read> records = new ArrayList<>();
        for (KubeObject object : objects.get()) {
            if (reads.test(object)) {
                record.apply(object).ifPresent(records::add);
            } else {
                unknown(object, diagnostics);
            }
        }
        return diagnostics.hasErrors() ? new FormatResult.Failed() : new FormatResult.Several(records);
    }

    /** Reports {@code object} as a kind no chaos reader knows. */
    static void unknown(KubeObject object, Diagnostics diagnostics) {
        diagnostics.error("evidence.kind", object.position(), "A " + object.kind() + " (" + object.apiVersion() + ") is not chaos evidence handbook"
                + " reads, so '" + object.name() + "' is not a record.", "A chaos source reads Chaos Toolkit journals, LitmusChaos "
                + LITMUS_RESULT + " objects and Chaos Mesh " + String.join(", ", List.copyOf(new TreeSet<>(CHAOS_MESH)))
                + " objects; leave this file out with the source's `exclude:`, or drop the ChaosResult instead.");
    }
}
