package dev.handbook.formats;

import dev.handbook.schema.ChaosSchema;
import dev.handbook.schema.CommonSchema;
import dev.handbook.model.EvidenceTimes;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Chaos Mesh objects (PodChaos, NetworkChaos, IOChaos, StressChaos, …, Schedule, Workflow; {@code -o yaml} or
 * {@code -o json}, with or without {@code status}), one chaos record each, its id the object's name.
 *
 * <p>The fault says what was injected where and for how long ({@link ChaosMeshFault}); {@code started} and
 * {@code ended} are the first {@code Apply} and last {@code Recover} event of {@code status.experiment.containerRecords},
 * else the creation time (a Schedule's last run: {@code status.time}). Chaos Mesh records no verdict: the result is the
 * annotation {@code handbook.dev/result: held|broken|aborted}, and without one the run shows "no result recorded" and
 * counts for no cadence. {@code handbook.dev/hypothesis} gives the hypothesis. As the last chaos reader it also takes
 * any other Kubernetes object in a chaos source, to say that its kind is not read.
 */
public final class ChaosMeshReader implements FormatReader {

    /** The annotation that records how the hypothesis fared. */
    public static final String RESULT = "handbook.dev/result";
    private static final String HYPOTHESIS = "handbook.dev/hypothesis";
    private static final String GROUP = "chaos-mesh.org";
    private static final Set<String> RESULTS = Set.of("held", "broken", "aborted");
    private static final Pattern OBJECT = Pattern.compile("(?m)^\\s*kind\\s*:|\"kind\"\\s*:");

    @Override
    public String name() {
        return "chaos-mesh";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.CHAOS);
    }

    /** Any Kubernetes object: Chaos Mesh's are read, others reported by kind (the Litmus reader comes first). */
    @Override
    public boolean recognises(FormatInput input) {
        return (input.markup() == SourceFormat.YAML || input.markup() == SourceFormat.JSON) && input.text().contains("apiVersion")
                && OBJECT.matcher(input.text()).find();
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        return ChaosObjectKinds.eachObject(input, diagnostics, o -> o.group().equals(GROUP) && ChaosObjectKinds.CHAOS_MESH.contains(o.kind()), o -> record(o, input, diagnostics));
    }

    private static Optional<FormatResult.Read> record(KubeObject object, FormatInput input, Diagnostics diagnostics) {
        SourcePosition annotationsAt = annotation(object, RESULT);
        Optional<Instant> start = started(object, diagnostics);
        if (start.isEmpty()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error("evidence.time", object.position(), object.kind() + " '" + object.name() + "' has no time, so the run has no date.",
                        "Save the object from the cluster with `kubectl get " + object.kind().toLowerCase() + " " + object.name()
                                + " -o yaml`, which writes `metadata.creationTimestamp`, not the manifest it was applied from.");
            }
            return Optional.empty();
        }
        SourcePosition specAt = KubeObjects.position(object, "spec");
        RecordBuilder record = new RecordBuilder(object.position())
                .put(CommonSchema.ID, object.name(), KubeObjects.position(object, "metadata.name"))
                .put(CommonSchema.TITLE, object.kind() + " " + object.name(), KubeObjects.position(object, "metadata.name"))
                .put(ChaosSchema.DATE, EvidenceTimes.day(start.get()), object.position()).put(ChaosSchema.STARTED, EvidenceTimes.text(start.get()), object.position())
                .put(ChaosSchema.FAULT, ChaosMeshFault.describe(object.kind(), object.at("spec").orElse(object.node())), specAt)
                .put(ChaosSchema.TOOL, "Chaos Mesh " + object.kind(), object.position())
                .put(ChaosSchema.HYPOTHESIS, object.annotations().get(HYPOTHESIS), annotation(object, HYPOTHESIS));
        ended(object).ifPresent(end -> record.put(ChaosSchema.ENDED, EvidenceTimes.text(end), object.position()));
        object.at("spec").flatMap(spec -> ChaosMeshFault.lasting(object.kind(), spec)).ifPresent(d -> record.put(ChaosSchema.DURATION, d.toString(), specAt));
        injected(object).ifPresent(text -> record.put(ChaosSchema.OBSERVATIONS, text, KubeObjects.position(object, "status")));
        String result = object.annotations().get(RESULT);
        if (result != null && !RESULTS.contains(result.strip())) {
            diagnostics.error("evidence.result", annotationsAt, "The annotation `" + RESULT + "` of " + object.kind() + " '" + object.name()
                    + "' is '" + result + "', which is no result.", "Write `" + RESULT + ": held`, `broken` or `aborted`.");
            return Optional.empty();
        }
        if (result != null) {
            record.put(ChaosSchema.RESULT, result.strip(), annotationsAt);
        } else {
            record.put(ChaosSchema.REASON, "Chaos Mesh records no verdict. Add the annotation `" + RESULT + ": held` (or `broken`, `aborted`) to the "
                    + object.kind() + " to record how the hypothesis fared.", object.position());
        }
        List<String> names = new ArrayList<>(List.of(object.name()));
        names.addAll(ChaosMeshFault.namespaces(object.kind(), object.at("spec").orElse(object.node())));
        if (!object.namespace().isEmpty()) {
            names.add(object.namespace());
        }
        record.list(ChaosSchema.TARGETS, EvidenceTargets.of(EvidenceTargets.own(object), names, input, object.kind() + " '" + object.name() + "'",
                object.position(), diagnostics), object.position());
        record.put(ChaosSchema.EVIDENCE, input.fileName(), object.position());
        return Optional.of(new FormatResult.Read(record.build(), Optional.empty()));
    }

    /** Where the value of the annotation {@code key} is (its key has dots, so no dotted path reaches it), else the annotations. */
    private static SourcePosition annotation(KubeObject object, String key) {
        return object.at("metadata.annotations").filter(YamlMap.class::isInstance).flatMap(m -> ((YamlMap) m).entry(key))
                .map(e -> e.value().position()).orElse(KubeObjects.position(object, "metadata.annotations"));
    }

    /** The first fault applied, else a Schedule's last run, else the creation time. */
    private static Optional<Instant> started(KubeObject object, Diagnostics diagnostics) {
        Optional<Instant> applied = events(object, "Apply").min(Comparator.naturalOrder());
        if (applied.isPresent()) {
            return applied;
        }
        String path = object.text("status.time").isPresent() ? "status.time" : "metadata.creationTimestamp";
        return object.text(path).flatMap(t -> EvidenceTimes.parse(t, path, KubeObjects.position(object, path), diagnostics));
    }

    private static Optional<Instant> ended(KubeObject object) {
        return events(object, "Recover").max(Comparator.naturalOrder());
    }

    private static Stream<Instant> events(KubeObject object, String operation) {
        return Nodes.items(object.node(), "status.experiment.containerRecords").stream().flatMap(r -> Nodes.items(r, "events").stream())
                .filter(e -> Nodes.text(e, "operation").filter(operation::equals).isPresent() && !Nodes.text(e, "type").filter("Failed"::equals).isPresent())
                .map(e -> Nodes.text(e, "timestamp").flatMap(EvidenceTimes::parse)).flatMap(Optional::stream);
    }

    /** How many of the selected targets were injected and recovered, from the container records. */
    private static Optional<String> injected(KubeObject object) {
        List<YamlNode> records = Nodes.items(object.node(), "status.experiment.containerRecords");
        if (records.isEmpty()) {
            return Optional.empty();
        }
        long injected = records.stream().filter(r -> Nodes.text(r, "injectedCount").filter(n -> !n.equals("0")).isPresent()).count();
        long recovered = records.stream().filter(r -> Nodes.text(r, "recoveredCount").filter(n -> !n.equals("0")).isPresent()).count();
        String desired = object.text("status.experiment.desiredPhase").map(p -> "; desired phase " + p).orElse("");
        return Optional.of(injected + " of " + records.size() + " selected targets injected, " + recovered + " recovered" + desired + ".");
    }
}
