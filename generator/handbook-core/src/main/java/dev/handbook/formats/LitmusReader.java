package dev.handbook.formats;

import dev.handbook.schema.ChaosRunSchema;
import dev.handbook.schema.ChaosSchema;
import dev.handbook.schema.CommonSchema;
import dev.handbook.model.EvidenceTimes;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.yaml.YamlNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads LitmusChaos ChaosResult objects ({@code kubectl get chaosresult -o yaml} or {@code -o json}, one object, a
 * {@code List} or several YAML documents), one chaos record each, its id the object's name.
 *
 * <p>{@code status.experimentStatus.verdict} gives the result: {@code Pass} is held, {@code Fail} broken, {@code Stopped}
 * and {@code Error} aborted (with {@code failStep} or {@code errorOutput.reason} as the reason), and {@code Awaited}, a
 * run still going when the object was saved, no result yet (it counts for no cadence). The fault is
 * {@code spec.experiment} run by the ChaosEngine {@code spec.engine}; the observations give the verdict, phase, probe
 * success percentage and the runs so far; the probes are {@code status.probeStatuses}. The time is the newest
 * {@code metadata.managedFields} time when the object has them, else {@code metadata.creationTimestamp}: a ChaosResult
 * is reused by every run of its engine, so its creation time is that of the first run.
 */
public final class LitmusReader implements FormatReader {

    private static final Map<String, String> VERDICTS = Map.of("Pass", "held", "Fail", "broken", "Stopped", "aborted", "Error", "aborted");
    private static final String GROUP = "litmuschaos.io";

    @Override
    public String name() {
        return "litmus";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.CHAOS);
    }

    @Override
    public boolean recognises(FormatInput input) {
        return KubeObjects.mayHold(input, GROUP);
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        return ChaosObjectKinds.eachObject(input, diagnostics, o -> o.kind().equals(ChaosObjectKinds.LITMUS_RESULT) && o.group().equals(GROUP), o -> record(o, input, diagnostics));
    }

    private static Optional<FormatResult.Read> record(KubeObject result, FormatInput input, Diagnostics diagnostics) {
        Optional<String> written = latestTime(result);
        SourcePosition timeAt = KubeObjects.position(result, "metadata.creationTimestamp");
        Optional<Instant> time = written.flatMap(t -> EvidenceTimes.parse(t, "metadata.creationTimestamp", timeAt, diagnostics));
        if (time.isEmpty()) {
            if (written.isEmpty()) {
                diagnostics.error("evidence.time", result.position(), "ChaosResult '" + result.name() + "' has no time, so the run has no date.",
                        "Save it with `kubectl get chaosresult " + result.name() + " -o yaml`, which writes `metadata.creationTimestamp`.");
            }
            return Optional.empty();
        }
        String experiment = result.text("spec.experiment").orElse(result.name());
        String engine = result.text("spec.engine").orElse("");
        Optional<String> verdict = result.text("status.experimentStatus.verdict");
        SourcePosition verdictAt = KubeObjects.position(result, "status.experimentStatus.verdict");
        RecordBuilder record = new RecordBuilder(result.position())
                .put(CommonSchema.ID, result.name(), KubeObjects.position(result, "metadata.name"))
                .put(CommonSchema.TITLE, "LitmusChaos " + experiment + (engine.isEmpty() ? "" : " (ChaosEngine " + engine + ")"), KubeObjects.position(result, "spec"))
                .put(ChaosSchema.DATE, EvidenceTimes.day(time.get()), timeAt).put(ChaosSchema.STARTED, EvidenceTimes.text(time.get()), timeAt)
                .put(ChaosSchema.FAULT, "LitmusChaos experiment `" + experiment + "`" + (engine.isEmpty() ? "" : " run by ChaosEngine `" + engine + "`")
                        + (result.namespace().isEmpty() ? "" : " in namespace `" + result.namespace() + "`") + targetsText(result) + ".",
                        KubeObjects.position(result, "spec"))
                .put(ChaosSchema.TOOL, "LitmusChaos", result.position())
                .put(ChaosSchema.OBSERVATIONS, observations(result, verdict), KubeObjects.position(result, "status"));
        if (verdict.isPresent() && VERDICTS.containsKey(verdict.get())) {
            record.put(ChaosSchema.RESULT, VERDICTS.get(verdict.get()), verdictAt);
            if (VERDICTS.get(verdict.get()).equals("aborted")) {
                record.put(ChaosSchema.REASON, reason(result, verdict.get()), verdictAt);
            }
        } else if (verdict.filter("Awaited"::equals).isPresent()) {
            record.put(ChaosSchema.REASON, "The verdict is `Awaited`: the experiment had not finished when this ChaosResult was saved."
                    + " Save it again once its phase is `Completed`.", verdictAt);
        } else {
            diagnostics.error("litmus.verdict", verdictAt, "ChaosResult '" + result.name() + "' has " + verdict.map(v -> "the verdict '" + v + "'")
                    .orElse("no verdict") + ", so its result is unknown.", "LitmusChaos writes `Pass`, `Fail`, `Stopped`, `Error` or `Awaited`"
                    + " in `status.experimentStatus.verdict`; save the object with `kubectl get chaosresult -o yaml`.");
            return Optional.empty();
        }
        List<RecordBuilder> probes = probes(result);
        if (!probes.isEmpty()) {
            record.put(ChaosSchema.HYPOTHESIS, "Every probe of the experiment passes: " + String.join(", ", Nodes.items(result.node(), "status.probeStatuses")
                    .stream().map(p -> "`" + Nodes.text(p, "name").orElse("probe") + "`").toList()) + ".", KubeObjects.position(result, "status.probeStatuses"));
        }
        record.objects(ChaosSchema.PROBES, probes, KubeObjects.position(result, "status.probeStatuses"));
        record.list(ChaosSchema.TARGETS, EvidenceTargets.of(EvidenceTargets.own(result), names(result, experiment, engine), input, "ChaosResult '" + result.name() + "'",
                result.position(), diagnostics), result.position());
        record.put(ChaosSchema.EVIDENCE, input.fileName(), result.position());
        return Optional.of(new FormatResult.Read(record.build(), Optional.empty()));
    }

    /** The newest {@code managedFields} time, which moves with every run, else the creation time. */
    private static Optional<String> latestTime(KubeObject result) {
        Optional<String> managed = Nodes.items(result.node(), "metadata.managedFields").stream().map(f -> Nodes.text(f, "time"))
                .flatMap(Optional::stream).max(Comparator.comparing(t -> EvidenceTimes.parse(t).orElse(Instant.MIN)));
        return managed.isPresent() ? managed : result.text("metadata.creationTimestamp");
    }

    private static String observations(KubeObject result, Optional<String> verdict) {
        StringBuilder text = new StringBuilder("Verdict " + verdict.orElse("not set"));
        result.text("status.experimentStatus.phase").ifPresent(p -> text.append(", phase ").append(p));
        result.text("status.experimentStatus.probeSuccessPercentage").ifPresent(p -> text.append(", probe success ").append(p).append('%'));
        List<String> runs = new ArrayList<>();
        for (String kind : List.of("passed", "failed", "stopped")) {
            result.text("status.history." + kind + "Runs").ifPresent(n -> runs.add(n + " " + kind));
        }
        return text.append(runs.isEmpty() ? "" : "; runs of this engine so far: " + String.join(", ", runs)).append('.').toString();
    }

    private static String reason(KubeObject result, String verdict) {
        Optional<String> why = result.text("status.experimentStatus.errorOutput.reason")
                .or(() -> result.text("status.experimentStatus.failStep").filter(s -> !s.equals("N/A")));
        return "The verdict is `" + verdict + "`" + why.map(w -> ": " + Nodes.shortened(w.strip())).orElse(".")
                + (why.isPresent() && !why.get().strip().endsWith(".") ? "." : "");
    }

    /** Each probe with its verdict after the chaos ({@code Passed} met, {@code Failed} not met); its type and mode as the tolerance. */
    private static List<RecordBuilder> probes(KubeObject result) {
        List<RecordBuilder> rows = new ArrayList<>();
        for (YamlNode probe : Nodes.items(result.node(), "status.probeStatuses")) {
            SourcePosition at = probe.position();
            RecordBuilder row = new RecordBuilder(at).put(ChaosRunSchema.PROBE_NAME, Nodes.text(probe, "name").orElse("probe " + (rows.size() + 1)), at);
            String kind = Nodes.text(probe, "type").orElse("") + Nodes.text(probe, "mode").map(m -> ", mode " + m).orElse("");
            row.put(ChaosRunSchema.PROBE_TOLERANCE, kind.isEmpty() ? null : kind, at);
            Optional<String> probeVerdict = Nodes.text(probe, "status.verdict").or(() -> Nodes.text(probe, "status.Verdict"));
            probeVerdict.filter(v -> v.equals("Passed") || v.equals("Failed")).ifPresent(v -> row.put(ChaosRunSchema.PROBE_AFTER, v.equals("Passed") ? "met" : "not-met", at));
            rows.add(row);
        }
        return rows;
    }

    private static String targetsText(KubeObject result) {
        List<String> targets = Nodes.items(result.node(), "status.history.targets").stream()
                .map(t -> Nodes.text(t, "kind").orElse("") + " `" + Nodes.text(t, "name").orElse("?") + "`").toList();
        return targets.isEmpty() ? "" : ", against " + String.join(", ", targets);
    }

    private static List<String> names(KubeObject result, String experiment, String engine) {
        List<String> names = new ArrayList<>(List.of(result.name(), experiment));
        if (!engine.isEmpty()) {
            names.add(engine);
        }
        if (!result.namespace().isEmpty()) {
            names.add(result.namespace());
        }
        return names;
    }
}
