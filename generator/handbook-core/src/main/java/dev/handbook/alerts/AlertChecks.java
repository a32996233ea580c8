package dev.handbook.alerts;

import dev.handbook.catalog.Catalog;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Suggestions;
import dev.handbook.model.AlertName;
import dev.handbook.model.AlertRule;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Runbook;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns where alerts and runbooks do not meet: an alert a rule defines that no runbook names (on-call would land on a
 * page with nothing to do), a runbook naming an alert no rule defines (a typo or a rule since renamed; only when a
 * source of rule files is configured), and a {@code runbook_url} annotation that leads to no page of this handbook.
 * Each warning is at the place to fix. Stateless.
 */
public final class AlertChecks {

    /** The alert name Prometheus fills in, as templates write it: {@code {{ $labels.alertname }}}. */
    private static final Pattern ALERTNAME = Pattern.compile("\\{\\{\\s*\\$labels\\.alertname\\s*}}");
    /** The last two segments of a page's path: {@code alerts/RedisDown.html}, {@code runbooks/redis-down.html}. */
    private static final Pattern PAGE = Pattern.compile("(?:^|/)([a-z-]+)/([^/]+)\\.html$");

    public void check(AlertIndex alerts, Catalog catalog, Diagnostics diagnostics) {
        for (AlertRule rule : alerts.rules()) {
            if (alerts.find(rule.name()).map(a -> a.runbooks().isEmpty()).orElse(true)) {
                diagnostics.warning("alert.no-runbook", rule.where(), "Alert '" + rule.name() + "' is not named by any runbook.",
                        "Add `alerts: [" + rule.name() + "]` to the front matter of the runbook that answers it, so its page leads on-call there.");
            }
            if (!rule.runbookUrl().isEmpty() && !leadsToPage(rule, alerts, catalog)) {
                diagnostics.warning("alert.runbook-url", rule.runbookUrlAt(),
                        "The runbook_url of alert '" + rule.name() + "' points at no page of this handbook: " + rule.runbookUrl() + ".",
                        "Point it at the alert's page, `https://<handbook>/alerts/{{ $labels.alertname }}.html`, which leads to its runbook.");
            }
        }
        if (!alerts.hasRuleSources()) {
            return;
        }
        Set<String> defined = new TreeSet<>();
        alerts.rules().forEach(rule -> defined.add(rule.name()));
        for (Runbook runbook : catalog.ofKind(EntryKind.RUNBOOK, Runbook.class)) {
            for (AlertName alert : runbook.alerts()) {
                if (!defined.contains(alert.name())) {
                    diagnostics.warning("alert.undefined", alert.where(),
                            "Runbook '" + runbook.id().name() + "' names alert '" + alert.name() + "', which no rule defines.",
                            hint(alert.name(), defined));
                }
            }
        }
    }

    private static String hint(String name, Set<String> defined) {
        String close = Suggestions.didYouMeanOnly(name, defined);
        return close.isEmpty() ? "Check the name against the rules' `alert:` names (they are case-sensitive), or remove it." : close;
    }

    /** Whether the URL, the rule's name put in for its template, ends in the path of an alert's or a record's page. */
    private static boolean leadsToPage(AlertRule rule, AlertIndex alerts, Catalog catalog) {
        String url = ALERTNAME.matcher(rule.runbookUrl()).replaceAll(Matcher.quoteReplacement(rule.name())).replaceAll("[?#].*$", "");
        if (url.contains("{{")) {
            return true; // another template: its value is known only when the alert fires
        }
        Matcher page = PAGE.matcher(url);
        if (!page.find()) {
            return false;
        }
        String folder = page.group(1);
        String name = page.group(2);
        if (folder.equals("alerts")) {
            return name.equals("index") || alerts.find(name).isPresent();
        }
        return java.util.Arrays.stream(EntryKind.values()).anyMatch(kind -> kind.defaultFolder().equals(folder)
                && (name.equals("index") || catalog.find(name).filter(e -> e.id().kind() == kind).isPresent()));
    }
}
