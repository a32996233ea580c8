package dev.handbook.model;

import dev.handbook.diagnostics.SourcePosition;
import java.util.Objects;

/**
 * One alerting rule of a Prometheus rule file, as written: what an alert's page shows beside its runbook.
 *
 * @param name the rule's {@code alert:}
 * @param group the name of the rule group it is in
 * @param expr the PromQL expression, as written
 * @param forDuration its {@code for:}, as written; empty when it fires at once
 * @param severity its {@code severity} label; empty when it has none
 * @param summary its {@code summary} annotation; empty when none
 * @param description its {@code description} annotation (or the older {@code message}); empty when none
 * @param runbookUrl its {@code runbook_url} annotation, as written (templates such as {@code {{ $labels.alertname }}}
 *     kept); empty when none
 * @param where where its {@code alert:} name is written
 * @param runbookUrlAt where its {@code runbook_url} is written, or {@code where} when it has none
 */
public record AlertRule(String name, String group, String expr, String forDuration, String severity, String summary,
        String description, String runbookUrl, SourcePosition where, SourcePosition runbookUrlAt) {

    public AlertRule {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(where, "where must not be null");
    }
}
