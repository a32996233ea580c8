package dev.handbook.formats;

import dev.handbook.schema.ChaosRunSchema;
import dev.handbook.schema.ChaosSchema;
import dev.handbook.model.EvidenceTimes;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a Chaos Toolkit journal says happened: the result and its reason, the probes before and after the method, and
 * the activities run. Not thread-safe: one per journal.
 */
final class JournalSteps {

    private final YamlMap journal;
    private final YamlMap experiment;

    JournalSteps(YamlMap journal, YamlMap experiment) {
        this.journal = journal;
        this.experiment = experiment;
    }

    /** The method's actions, as the fault: {@code terminate-redis-0} ({@code chaosk8s.pod.actions.terminate_pods}). */
    static String fault(YamlMap experiment) {
        List<String> actions = Nodes.items(experiment, "method").stream().filter(a -> Nodes.text(a, "type").filter("action"::equals).isPresent())
                .map(a -> "- " + code(Nodes.text(a, "name").orElse("unnamed action")) + provider(a)).toList();
        return actions.isEmpty() ? "No action: the method only probes." : "The method's actions:\n\n" + String.join("\n", actions);
    }

    /**
     * Sets {@code result} and {@code reason}: completed and not deviated is {@code held}; deviated is {@code broken};
     * failed, aborted or interrupted otherwise is {@code aborted} (the steady state was not met first, an activity
     * raised, or the run was stopped), with the reason. False, with an error, for a status no chaostoolkit-lib writes.
     */
    boolean result(RecordBuilder record, Diagnostics diagnostics) {
        Optional<String> status = Nodes.text(journal, "status");
        SourcePosition at = KubeObjects.at(journal, "status").map(YamlNode::position).orElse(journal.position());
        if (Nodes.isTrue(journal, "deviated")) {
            record.put(ChaosSchema.RESULT, "broken", at).put(ChaosSchema.REASON, "The steady state deviated after the method: " + missed("after") + ".", at);
            return true;
        }
        if (status.filter("completed"::equals).isPresent()) {
            record.put(ChaosSchema.RESULT, "held", at);
            return true;
        }
        if (status.filter(s -> s.equals("failed") || s.equals("aborted") || s.equals("interrupted")).isEmpty()) {
            diagnostics.error("chaostoolkit.status", at, "The journal's `status` is " + status.map(s -> "'" + s + "'").orElse("missing")
                    + ", so the run's result is unknown.", "chaostoolkit-lib writes `completed`, `failed`, `aborted` or `interrupted`;"
                    + " drop the journal of a run that has ended.");
            return false;
        }
        record.put(ChaosSchema.RESULT, "aborted", at).put(ChaosSchema.REASON, reason(status.get()), at);
        return true;
    }

    private String reason(String status) {
        if (Nodes.text(journal, "steady_states.before.steady_state_met").filter("false"::equals).isPresent()) {
            return "The steady state was not met before the method ran, so no fault was injected: " + missed("before") + ".";
        }
        for (YamlNode step : Nodes.items(journal, "run")) {
            if (Nodes.text(step, "status").filter("failed"::equals).isPresent()) {
                return "Activity " + code(Nodes.text(step, "activity.name").orElse("unnamed")) + " failed" + exception(step)
                        .map(e -> ": " + e).orElse("") + ".";
            }
        }
        return status.equals("interrupted") ? "The run was interrupted before it ended (a signal, or a control stopped it)."
                : "The run ended with status `" + status + "` before the method completed.";
    }

    /** The probes of the steady state that were not met at {@code when}. */
    private String missed(String when) {
        List<String> names = Nodes.items(journal, "steady_states." + when + ".probes").stream()
                .filter(p -> !Nodes.isTrue(p, "tolerance_met"))
                .map(p -> "probe " + code(Nodes.text(p, "activity.name").orElse("unnamed")) + (Nodes.text(p, "status").filter("failed"::equals)
                        .isPresent() ? " failed" + exception(p).map(e -> " (" + e + ")").orElse("") : " was outside its tolerance"
                        + KubeObjects.at(p, "activity.tolerance").map(t -> " " + code(Nodes.oneLine(t))).orElse("")))
                .toList();
        return names.isEmpty() ? "no probe is named" : String.join("; ", names);
    }

    /** Each hypothesis probe with its results before and after the method. */
    List<RecordBuilder> probes() {
        List<YamlNode> declared = Nodes.items(experiment, "steady-state-hypothesis.probes");
        List<YamlNode> before = Nodes.items(journal, "steady_states.before.probes");
        List<YamlNode> after = Nodes.items(journal, "steady_states.after.probes");
        List<YamlNode> probes = declared.isEmpty() ? before.stream().map(p -> KubeObjects.at(p, "activity").orElse(p)).toList() : declared;
        List<RecordBuilder> rows = new ArrayList<>();
        for (YamlNode probe : probes) {
            String name = Nodes.text(probe, "name").orElse("probe " + (rows.size() + 1));
            RecordBuilder row = new RecordBuilder(probe.position()).put(ChaosRunSchema.PROBE_NAME, name, probe.position());
            KubeObjects.at(probe, "tolerance").ifPresent(t -> row.put(ChaosRunSchema.PROBE_TOLERANCE, Nodes.oneLine(t), t.position()));
            outcome(before, name).ifPresent(o -> row.put(ChaosRunSchema.PROBE_BEFORE, o, probe.position()));
            outcome(after, name).ifPresent(o -> row.put(ChaosRunSchema.PROBE_AFTER, o, probe.position()));
            rows.add(row);
        }
        return rows;
    }

    private static Optional<String> outcome(List<YamlNode> results, String name) {
        return results.stream().filter(r -> Nodes.text(r, "activity.name").filter(name::equals).isPresent()).findFirst()
                .map(r -> Nodes.text(r, "status").filter("failed"::equals).isPresent() ? "failed" : Nodes.isTrue(r, "tolerance_met") ? "met" : "not-met");
    }

    /** The method's activities as run, then the rollbacks, with their status, start and duration. */
    List<RecordBuilder> activities() {
        List<RecordBuilder> rows = new ArrayList<>();
        for (String list : List.of("run", "rollbacks")) {
            for (YamlNode step : Nodes.items(journal, list)) {
                SourcePosition at = step.position();
                String type = list.equals("rollbacks") ? "rollback" : Nodes.text(step, "activity.type").filter(t -> t.equals("probe")).orElse("action");
                RecordBuilder row = new RecordBuilder(at).put(ChaosRunSchema.ACTIVITY_NAME, Nodes.text(step, "activity.name").orElse("unnamed"), at).put(ChaosRunSchema.ACTIVITY_TYPE, type, at);
                Nodes.text(step, "status").ifPresent(s -> row.put(ChaosRunSchema.ACTIVITY_STATUS, s, at));
                Nodes.text(step, "start").flatMap(EvidenceTimes::parse).ifPresent(t -> row.put(ChaosRunSchema.ACTIVITY_STARTED, EvidenceTimes.text(t), at));
                Nodes.text(step, "duration").flatMap(JournalSteps::seconds).ifPresent(d -> row.put(ChaosRunSchema.ACTIVITY_DURATION, d.toString(), at));
                rows.add(row);
            }
        }
        return rows;
    }

    private static Optional<Duration> seconds(String text) {
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last line of a raised exception, which names it and says why: {@code ActivityFailed: 503 from …}. */
    private static Optional<String> exception(YamlNode step) {
        List<String> lines = Nodes.items(step, "exception").stream().filter(YamlScalar.class::isInstance).map(n -> ((YamlScalar) n).text())
                .flatMap(String::lines).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
        return lines.isEmpty() ? Optional.empty() : Optional.of(code(Nodes.shortened(lines.get(lines.size() - 1))));
    }

    private static String provider(YamlNode activity) {
        Optional<String> type = Nodes.text(activity, "provider.type");
        Optional<String> what = type.filter("python"::equals).isPresent()
                ? Nodes.text(activity, "provider.module").map(m -> m + Nodes.text(activity, "provider.func").map(f -> "." + f).orElse(""))
                : type.filter("http"::equals).isPresent() ? Nodes.text(activity, "provider.url") : Nodes.text(activity, "provider.path");
        return what.map(w -> " (" + type.get() + " " + code(w) + ")").orElse("");
    }

    /** Text from the journal as Markdown code, which nothing in it can break out of. */
    private static String code(String text) {
        return "`" + text.replace('`', '\'').replace('\n', ' ') + "`";
    }
}
