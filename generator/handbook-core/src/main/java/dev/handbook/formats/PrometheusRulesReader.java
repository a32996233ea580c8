package dev.handbook.formats;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.AlertName;
import dev.handbook.model.AlertRule;
import dev.handbook.yaml.JsonReader;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the alerting rules of a Prometheus rule file: plain rule groups ({@code groups: [{name, rules: [{alert, expr,
 * for, labels, annotations}]}]}, as {@code promtool} checks them) or Kubernetes {@code PrometheusRule} objects
 * ({@code apiVersion: monitoring.coreos.com/v1}, rule groups under {@code spec.groups}), several YAML documents or a
 * {@code List} of them included. Recording rules are left out. A document that is neither shape is an error naming
 * both, never skipped. Thread-safe.
 */
public final class PrometheusRulesReader {

    /** The name this format goes by in messages and in a source's {@code format:}. */
    public static final String NAME = "prometheus";

    private static final String OPERATOR_GROUP = "monitoring.coreos.com/";

    /** Every alerting rule of the file's text; what cannot be read is reported and left out. */
    public List<AlertRule> read(String text, String displayPath, boolean json, Diagnostics diagnostics) {
        List<YamlNode> documents = json ? new JsonReader().read(text, displayPath, diagnostics).map(List::of).orElse(List.of())
                : new YamlReader().readAll(text, displayPath, diagnostics);
        List<AlertRule> rules = new ArrayList<>();
        for (YamlNode document : documents) {
            document(document, rules, diagnostics);
        }
        return List.copyOf(rules);
    }

    private void document(YamlNode document, List<AlertRule> rules, Diagnostics diagnostics) {
        Optional<String> kind = Nodes.text(document, "kind");
        if (kind.filter(k -> k.endsWith("List")).isPresent() && KubeObjects.at(document, "items").orElse(null) instanceof YamlList items) {
            items.items().forEach(item -> document(item, rules, diagnostics));
        } else if (kind.filter("PrometheusRule"::equals).isPresent()
                && Nodes.text(document, "apiVersion").filter(v -> v.startsWith(OPERATOR_GROUP)).isPresent()) {
            groups(document, "spec.groups", rules, diagnostics);
        } else if (document instanceof YamlMap map && map.entry("groups").isPresent() && kind.isEmpty()) {
            groups(document, "groups", rules, diagnostics);
        } else {
            diagnostics.error("alert.rules-format", document.position(),
                    "This is not a Prometheus rule file: it has no `groups:` of rules, and it is not a PrometheusRule object"
                            + " (`apiVersion: monitoring.coreos.com/v1`, `kind: PrometheusRule`)" + kind.map(k -> " but a " + k).orElse("") + ".",
                    "Keep only rule files in a source of `kind: alert`: move this file out, or start its name with `_` to leave it out.");
        }
    }

    private void groups(YamlNode node, String path, List<AlertRule> rules, Diagnostics diagnostics) {
        if (!(KubeObjects.at(node, path).orElse(null) instanceof YamlList groups)) {
            diagnostics.error("alert.rules-format", Nodes.position(node, path), "`" + path + "` should be a list of rule groups.",
                    "Write `- name: <group>` items, each with `rules:`.");
            return;
        }
        for (YamlNode group : groups.items()) {
            String name = Nodes.text(group, "name").orElse("");
            for (YamlNode rule : Nodes.items(group, "rules")) {
                rule(rule, name, diagnostics).ifPresent(rules::add);
            }
        }
    }

    private Optional<AlertRule> rule(YamlNode rule, String group, Diagnostics diagnostics) {
        Optional<String> alert = Nodes.text(rule, "alert");
        if (alert.isEmpty()) {
            if (Nodes.text(rule, "record").isEmpty()) {
                diagnostics.error("alert.rules-format", rule.position(), "This rule has neither `alert:` nor `record:`.",
                        "Name the alert with `alert: <Name>`, as Prometheus requires.");
            }
            return Optional.empty(); // a recording rule makes no alert
        }
        SourcePosition where = Nodes.position(rule, "alert");
        if (!AlertName.isValid(alert.get())) {
            diagnostics.error("alert.name", where, "'" + alert.get() + "' is not a valid alert name.",
                    "Write letters, digits, `_` and `:`, not starting with a digit (`" + AlertName.PATTERN.pattern() + "`).");
            return Optional.empty();
        }
        String description = Nodes.text(rule, "annotations.description").or(() -> Nodes.text(rule, "annotations.message")).orElse("");
        return Optional.of(new AlertRule(alert.get(), group, Nodes.text(rule, "expr").orElse("").strip(), Nodes.text(rule, "for").orElse(""),
                Nodes.text(rule, "labels.severity").orElse(""), Nodes.text(rule, "annotations.summary").orElse(""), description,
                Nodes.text(rule, "annotations.runbook_url").orElse("").strip(), where, Nodes.position(rule, "annotations.runbook_url")));
    }
}
