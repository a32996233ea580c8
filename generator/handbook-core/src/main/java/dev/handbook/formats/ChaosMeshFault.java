package dev.handbook.formats;

import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Chaos Mesh spec injects, in words: the action and mode, the pods it selects (namespaces, labels, names), the
 * parameters that say how hard (latency, loss, stressors), and for how long. A Schedule's spec holds its experiment
 * under the kind's name ({@code podChaos}); a Workflow lists its templates.
 */
final class ChaosMeshFault {

    private static final Pattern GO_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    private static final List<String> DETAILS = List.of("delay.latency", "delay.jitter", "loss.loss", "duplicate.duplicate", "corrupt.corrupt",
            "bandwidth.rate", "direction", "stressors.cpu.workers", "stressors.cpu.load", "stressors.memory.size", "timeOffset", "path",
            "percent", "latency", "errno", "containerNames", "gracePeriod");

    private ChaosMeshFault() {}

    /** The fault of an object of {@code kind} with {@code spec}. */
    static String describe(String kind, YamlNode spec) {
        if (kind.equals("Schedule")) {
            String type = Nodes.text(spec, "type").orElse("an experiment");
            return "Schedule `" + Nodes.text(spec, "schedule").orElse("?") + "` of " + experiment(type,
                    KubeObjects.at(spec, lowerFirst(type)).orElse(spec));
        }
        if (kind.equals("Workflow")) {
            List<String> steps = new ArrayList<>();
            for (YamlNode template : Nodes.items(spec, "templates")) {
                Optional<String> type = Nodes.text(template, "templateType");
                Optional<YamlNode> body = type.flatMap(t -> KubeObjects.at(template, lowerFirst(t)));
                steps.add("- " + code(Nodes.text(template, "name").orElse("step")) + ": "
                        + (body.isPresent() ? experiment(type.get(), body.get()) : type.orElse("step")));
            }
            return "Workflow starting at " + code(Nodes.text(spec, "entry").orElse("?")) + ":\n\n" + String.join("\n", steps);
        }
        return experiment(kind, spec);
    }

    private static String experiment(String kind, YamlNode spec) {
        StringBuilder text = new StringBuilder(kind);
        Nodes.text(spec, "action").ifPresent(a -> text.append(" ").append(code(a)));
        Nodes.text(spec, "mode").ifPresent(m -> text.append(", mode ").append(code(m)).append(Nodes.text(spec, "value").map(v -> " " + code(v)).orElse("")));
        text.append(selector(spec));
        List<String> details = new ArrayList<>();
        for (String path : DETAILS) {
            KubeObjects.at(spec, path).map(Nodes::oneLine).ifPresent(v -> details.add(path + " " + code(v)));
        }
        text.append(details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
        Nodes.text(spec, "duration").ifPresent(d -> text.append(", for ").append(code(d)));
        return text.toString();
    }

    private static String selector(YamlNode spec) {
        List<String> namespaces = Nodes.items(spec, "selector.namespaces").stream().map(Nodes::oneLine).toList();
        List<String> labels = KubeObjects.at(spec, "selector.labelSelectors").filter(YamlMap.class::isInstance)
                .map(m -> ((YamlMap) m).entries().stream().map(e -> e.key() + "=" + Nodes.oneLine(e.value())).toList()).orElse(List.of());
        List<String> pods = KubeObjects.at(spec, "selector.pods").filter(YamlMap.class::isInstance)
                .map(m -> ((YamlMap) m).entries().stream().map(e -> e.key() + "/" + Nodes.oneLine(e.value())).toList()).orElse(List.of());
        StringBuilder text = new StringBuilder();
        if (!pods.isEmpty()) {
            text.append(" on pods ").append(code(String.join(", ", pods)));
        } else if (!namespaces.isEmpty() || !labels.isEmpty()) {
            text.append(" on pods");
        }
        if (!namespaces.isEmpty()) {
            text.append(" in ").append(code(String.join(", ", namespaces)));
        }
        if (!labels.isEmpty()) {
            text.append(" labelled ").append(code(String.join(", ", labels)));
        }
        return text.toString();
    }

    /** The namespaces the experiments of an object of {@code kind} select: its own, a Schedule's, a Workflow's steps'. */
    static List<String> namespaces(String kind, YamlNode spec) {
        List<YamlNode> experiments = new ArrayList<>();
        if (kind.equals("Schedule")) {
            Nodes.text(spec, "type").flatMap(t -> KubeObjects.at(spec, lowerFirst(t))).ifPresent(experiments::add);
        } else if (kind.equals("Workflow")) {
            for (YamlNode template : Nodes.items(spec, "templates")) {
                Nodes.text(template, "templateType").flatMap(t -> KubeObjects.at(template, lowerFirst(t))).ifPresent(experiments::add);
            }
        } else {
            experiments.add(spec);
        }
        return experiments.stream().flatMap(e -> Nodes.items(e, "selector.namespaces").stream()).map(Nodes::oneLine).distinct().toList();
    }

    /** How long the fault lasts: the spec's {@code duration}, or that of the experiment a Schedule runs. */
    static Optional<Duration> lasting(String kind, YamlNode spec) {
        Optional<String> written = Nodes.text(spec, "duration")
                .or(() -> Nodes.text(spec, "type").filter(t -> kind.equals("Schedule")).flatMap(t -> Nodes.text(spec, lowerFirst(t) + ".duration")));
        return written.flatMap(ChaosMeshFault::duration);
    }

    /** A Go duration as Chaos Mesh writes it ({@code 30s}, {@code 1h30m}, {@code 500ms}), if it is one. */
    static Optional<Duration> duration(String written) {
        Matcher part = GO_DURATION.matcher(written.strip());
        double nanos = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            double n = Double.parseDouble(part.group(1));
            nanos += n * switch (part.group(2)) {
                case "h" -> 3.6e12;
                case "m" -> 6e10;
                case "s" -> 1e9;
                case "ms" -> 1e6;
                case "ns" -> 1;
                default -> 1e3;
            };
            end = part.end();
        }
        return end > 0 && end == written.strip().length() ? Optional.of(Duration.ofNanos(Math.round(nanos))) : Optional.empty();
    }

    /** The field a Schedule or Workflow keeps an experiment of {@code type} under: {@code podChaos}, {@code ioChaos}, {@code dnsChaos}. */
    private static String lowerFirst(String type) {
        if (type.equals("PhysicalMachineChaos")) {
            return "physicalmachineChaos";
        }
        int capitals = 0;
        while (capitals < type.length() && Character.isUpperCase(type.charAt(capitals))) {
            capitals++;
        }
        int lowered = capitals <= 1 ? capitals : capitals - 1;
        return type.substring(0, lowered).toLowerCase(Locale.ROOT) + type.substring(lowered);
    }

    private static String code(String text) {
        return "`" + text.replace('`', '\'').replace('\n', ' ') + "`";
    }
}
