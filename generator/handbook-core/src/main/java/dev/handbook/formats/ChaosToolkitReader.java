package dev.handbook.formats;

import dev.handbook.schema.ChaosSchema;
import dev.handbook.schema.CommonSchema;
import dev.handbook.model.EvidenceTimes;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.yaml.JsonReader;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Chaos Toolkit journal, the {@code journal.json} that {@code chaos run} writes, into a chaos record:
 *
 * <pre>{@code
 * {"chaoslib-version": "1.42.1", "start": "2026-11-18T13:30:05.123456", "end": "…", "status": "completed",
 *  "deviated": false, "experiment": {"title": "…", "tags": ["handbook.dev/targets=redis-primary"],
 *  "steady-state-hypothesis": {"title": "…", "probes": […]}, "method": […], "rollbacks": […]},
 *  "steady_states": {"before": {"steady_state_met": true, "probes": […]}, "after": {…}}, "run": […], "rollbacks": […]}
 * }</pre>
 *
 * {@code title}, {@code tags}, the hypothesis title and the method's actions (as the fault) come from the experiment;
 * {@code date}, {@code started}, {@code ended} from the journal's times (naive ones are UTC, as chaostoolkit-lib writes
 * them); the result from {@code status} and {@code deviated} (see {@link JournalSteps#result}). Targets: a tag
 * {@code handbook.dev/targets=a,b}, or an {@code extensions} entry {@code {"name": "handbook", "targets": [...]}}, else
 * the source's {@code map:} by experiment title. Journals of chaostoolkit-lib other than 1.x are an error.
 */
public final class ChaosToolkitReader implements FormatReader {

    private static final JsonReader JSON = new JsonReader();
    private static final Pattern KNOWN_VERSION = Pattern.compile("1\\.\\d+(\\.\\d+)?([.+-].*)?");
    private static final String TARGET_TAG = EvidenceTargets.KEY + "=";

    @Override
    public String name() {
        return "chaostoolkit";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.CHAOS);
    }

    @Override
    public boolean recognises(FormatInput input) {
        String text = input.text();
        return input.markup() == SourceFormat.JSON
                && (text.contains("\"chaoslib-version\"") || (text.contains("\"experiment\"") && text.contains("\"steady_states\"")));
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        Optional<YamlNode> read = JSON.read(input.text(), input.displayPath(), diagnostics);
        if (read.isEmpty() || !(read.get() instanceof YamlMap journal) || !(KubeObjects.at(journal, "experiment").orElse(null) instanceof YamlMap experiment)) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error("chaostoolkit.journal", read.map(YamlNode::position).orElse(SourcePosition.file(input.displayPath())),
                        "This is not a Chaos Toolkit journal: it has no `experiment` object.",
                        "Drop the `journal.json` that `chaos run` writes, whole, or leave this file out with the source's `exclude:`.");
            }
            return new FormatResult.Failed();
        }
        if (!knownVersion(journal, diagnostics)) {
            return new FormatResult.Failed();
        }
        RecordBuilder record = new RecordBuilder(journal.position());
        SourcePosition titleAt = KubeObjects.at(experiment, "title").map(YamlNode::position).orElse(experiment.position());
        String title = Nodes.text(experiment, "title").orElse(input.fileName());
        record.put(CommonSchema.TITLE, title, titleAt);
        Optional<Instant> start = time(journal, "start", input, diagnostics);
        Optional<Instant> end = time(journal, "end", input, diagnostics);
        if (start.isEmpty()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error("chaostoolkit.start", journal.position(), "The journal has no `start` time, so the run has no date.",
                        "Drop the journal as `chaos run` wrote it; its `start` is set when the run begins.");
            }
            return new FormatResult.Failed();
        }
        SourcePosition startAt = KubeObjects.at(journal, "start").get().position();
        record.put(ChaosSchema.DATE, EvidenceTimes.day(start.get()), startAt).put(ChaosSchema.STARTED, EvidenceTimes.text(start.get()), startAt);
        end.ifPresent(e -> record.put(ChaosSchema.ENDED, EvidenceTimes.text(e), KubeObjects.at(journal, "end").get().position()));
        Nodes.text(experiment, "steady-state-hypothesis.title")
                .ifPresent(h -> record.put(ChaosSchema.HYPOTHESIS, h, KubeObjects.at(experiment, "steady-state-hypothesis.title").get().position()));
        record.put(ChaosSchema.FAULT, JournalSteps.fault(experiment), KubeObjects.at(experiment, "method").map(YamlNode::position).orElse(titleAt));
        record.put(ChaosSchema.TOOL, "Chaos Toolkit" + Nodes.text(journal, "chaoslib-version").map(v -> " (chaostoolkit-lib " + v + ")").orElse(""), journal.position());
        List<String> tags = Nodes.items(experiment, "tags").stream().map(n -> Nodes.oneLine(n)).toList();
        record.list(CommonSchema.TAGS, tags.stream().filter(t -> !t.startsWith(TARGET_TAG)).toList(), titleAt);
        record.list(ChaosSchema.TARGETS, EvidenceTargets.of(ownTargets(experiment, tags), List.of(title), input,
                "Chaos Toolkit experiment '" + title + "'", titleAt, diagnostics), titleAt);
        JournalSteps steps = new JournalSteps(journal, experiment);
        if (!steps.result(record, diagnostics)) {
            return new FormatResult.Failed();
        }
        record.objects(ChaosSchema.PROBES, steps.probes(), KubeObjects.at(journal, "steady_states").map(YamlNode::position).orElse(journal.position()));
        record.objects(ChaosSchema.ACTIVITIES, steps.activities(), KubeObjects.at(journal, "run").map(YamlNode::position).orElse(journal.position()));
        record.put(ChaosSchema.EVIDENCE, input.fileName(), journal.position());
        return new FormatResult.Read(record.build(), Optional.empty());
    }

    /** chaostoolkit-lib 1.x is the journal format read; a later one may mean other things by the same keys. */
    private static boolean knownVersion(YamlMap journal, Diagnostics diagnostics) {
        Optional<String> version = Nodes.text(journal, "chaoslib-version");
        if (version.isEmpty() || KNOWN_VERSION.matcher(version.get()).matches()) {
            return true;
        }
        diagnostics.error("chaostoolkit.version", KubeObjects.at(journal, "chaoslib-version").get().position(),
                "This journal was written by chaostoolkit-lib " + version.get() + "; handbook reads the journals of chaostoolkit-lib 1.x.",
                "Run the experiment with chaostoolkit-lib 1.x, or leave this file out with the source's `exclude:` until handbook reads this version.");
        return false;
    }

    private static Optional<Instant> time(YamlMap journal, String key, FormatInput input, Diagnostics diagnostics) {
        Optional<YamlNode> node = KubeObjects.at(journal, key);
        return Nodes.text(journal, key).flatMap(t -> EvidenceTimes.parse(t, key, node.get().position(), diagnostics));
    }

    /** The targets the experiment names: {@code handbook.dev/targets=a,b} tags and a {@code handbook} extension's list. */
    private static List<String> ownTargets(YamlMap experiment, List<String> tags) {
        List<String> own = new ArrayList<>();
        tags.stream().filter(t -> t.startsWith(TARGET_TAG)).forEach(t -> own.addAll(EvidenceTargets.split(t.substring(TARGET_TAG.length()))));
        for (YamlNode extension : Nodes.items(experiment, "extensions")) {
            if (Nodes.text(extension, "name").filter("handbook"::equals).isPresent()) {
                Nodes.items(extension, "targets").forEach(t -> own.addAll(EvidenceTargets.split(Nodes.oneLine(t))));
                Nodes.text(extension, "targets").ifPresent(t -> own.addAll(EvidenceTargets.split(t)));
            }
        }
        return own;
    }
}
