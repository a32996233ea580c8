/**
 * The alerts stage: which Prometheus alerts the handbook knows and which runbooks answer them.
 *
 * <p>Takes the alerting rules read from the sources of {@code kind: alert} ({@link dev.handbook.source.RuleFiles},
 * {@link dev.handbook.formats.PrometheusRulesReader}) and the {@link dev.handbook.catalog.Catalog}; gives an
 * {@link dev.handbook.alerts.AlertIndex}: every alert (defined by a rule or named by a runbook's {@code alerts:}) with
 * its rules, its runbooks and the SPOFs whose {@code detection} names it. {@link dev.handbook.alerts.AlertChecks} warns,
 * at the rule's or the runbook's position, of an alert no runbook names, a runbook naming an alert no rule defines and
 * a {@code runbook_url} that leads to no page of the site.
 *
 * <p>Later stages may rely on every alert of the index having a page ({@code PagePaths.alert}). Uses
 * {@code diagnostics}, {@code model}, {@code formats}, {@code config}, {@code source} and {@code catalog}.
 */
package dev.handbook.alerts;
