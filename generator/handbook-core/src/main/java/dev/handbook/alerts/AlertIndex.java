package dev.handbook.alerts;

import dev.handbook.catalog.Catalog;
import dev.handbook.model.AlertName;
import dev.handbook.model.AlertRule;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Runbook;
import dev.handbook.model.Spof;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every alert of the handbook by name: those the rule files define and those runbooks name. Immutable.
 *
 * <pre><code>
 * AlertIndex alerts = AlertIndex.of(rules, true, catalog);
 * alerts.find("RedisDown").map(Alert::runbooks);
 * </code></pre>
 */
public final class AlertIndex {

    /** A handbook without alerts. */
    public static final AlertIndex EMPTY = new AlertIndex(Map.of(), false, List.of());

    private final Map<String, Alert> byName;
    private final boolean hasRuleSources;
    private final List<AlertRule> rules;

    private AlertIndex(Map<String, Alert> byName, boolean hasRuleSources, List<AlertRule> rules) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
        this.hasRuleSources = hasRuleSources;
        this.rules = List.copyOf(rules);
    }

    /**
     * The alerts of {@code rules} and of the catalog's runbooks.
     *
     * @param hasRuleSources whether the config lists a source of rule files, even one that defines no alert
     */
    public static AlertIndex of(List<AlertRule> rules, boolean hasRuleSources, Catalog catalog) {
        Map<String, List<AlertRule>> defined = new TreeMap<>();
        rules.forEach(rule -> defined.computeIfAbsent(rule.name(), n -> new ArrayList<>()).add(rule));
        Map<String, List<EntryId>> answered = new TreeMap<>();
        for (Runbook runbook : catalog.ofKind(EntryKind.RUNBOOK, Runbook.class)) {
            runbook.alerts().stream().map(AlertName::name).distinct()
                    .forEach(name -> answered.computeIfAbsent(name, n -> new ArrayList<>()).add(runbook.id()));
        }
        TreeSet<String> names = new TreeSet<>(defined.keySet());
        names.addAll(answered.keySet());
        Map<String, List<EntryId>> detected = new TreeMap<>();
        for (Spof spof : catalog.ofKind(EntryKind.SPOF, Spof.class)) {
            AlertName.wordsIn(spof.detection() == null ? "" : spof.detection().source()).stream().filter(names::contains)
                    .forEach(name -> detected.computeIfAbsent(name, n -> new ArrayList<>()).add(spof.id()));
        }
        Map<String, Alert> byName = new TreeMap<>();
        for (String name : names) {
            byName.put(name, new Alert(name, defined.getOrDefault(name, List.of()), sorted(answered.get(name)), sorted(detected.get(name))));
        }
        return new AlertIndex(byName, hasRuleSources, rules);
    }

    public Optional<Alert> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every alert, by name. */
    public List<Alert> all() {
        return List.copyOf(byName.values());
    }

    /** The alert names, sorted. */
    public java.util.Set<String> names() {
        return byName.keySet();
    }

    /** Whether a source of rule files is configured: only then is a runbook's alert without a rule worth a word. */
    public boolean hasRuleSources() {
        return hasRuleSources;
    }

    /** Every alerting rule read, in file order. */
    public List<AlertRule> rules() {
        return rules;
    }

    private static List<EntryId> sorted(List<EntryId> ids) {
        return ids == null ? List.of() : ids.stream().sorted(java.util.Comparator.comparing(EntryId::name)).toList();
    }
}
