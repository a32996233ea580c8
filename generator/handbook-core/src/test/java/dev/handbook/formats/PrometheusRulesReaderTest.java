package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.AlertRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prometheus rule files in the two shapes teams keep them in, and files that are neither. */
class PrometheusRulesReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<AlertRule> read(String text) {
        return new PrometheusRulesReader().read(text, "rules/f.yaml", false, diagnostics);
    }

    @Test
    void plainRuleGroupsGiveEveryAlertingRuleWithItsPositionAndLeaveRecordingRulesOut() {
        List<AlertRule> rules = read("""
                groups:
                  - name: postgres
                    rules:
                      - record: job:pg_up:min
                        expr: min by (job) (pg_up)
                      - alert: PostgresDown
                        expr: pg_up == 0
                        for: 1m
                        labels:
                          severity: critical
                        annotations:
                          summary: Postgres is down
                          description: No scrape of {{ $labels.instance }} succeeded.
                          runbook_url: https://hb.example.org/alerts/{{ $labels.alertname }}.html
                  - name: replication
                    rules:
                      - alert: PostgresReplicationLag
                        expr: |
                          pg_replication_lag_seconds
                            > 30
                        annotations:
                          message: Replica lags.
                """);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(rules).extracting(AlertRule::name, AlertRule::group, AlertRule::expr, AlertRule::forDuration, AlertRule::severity,
                AlertRule::summary, AlertRule::description).containsExactly(
                tuple("PostgresDown", "postgres", "pg_up == 0", "1m", "critical", "Postgres is down", "No scrape of {{ $labels.instance }} succeeded."),
                tuple("PostgresReplicationLag", "replication", "pg_replication_lag_seconds\n  > 30", "", "", "", "Replica lags."));
        assertThat(rules.get(0).where().toString()).isEqualTo("rules/f.yaml:6:16");
        assertThat(rules.get(0).runbookUrl()).isEqualTo("https://hb.example.org/alerts/{{ $labels.alertname }}.html");
        assertThat(rules.get(0).runbookUrlAt().toString()).isEqualTo("rules/f.yaml:14:24");
    }

    @Test
    void prometheusRuleObjectsAreReadFromEveryDocumentAndFromLists() {
        List<AlertRule> rules = read("""
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: redis, namespace: monitoring}
                spec:
                  groups:
                    - name: redis
                      rules:
                        - alert: RedisDown
                          expr: redis_up == 0
                ---
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: monitoring.coreos.com/v1
                    kind: PrometheusRule
                    metadata: {name: vault}
                    spec:
                      groups:
                        - name: vault
                          rules:
                            - alert: VaultSealed
                              expr: vault_core_unsealed == 0
                """);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(rules).extracting(AlertRule::name, r -> r.where().toString())
                .containsExactly(tuple("RedisDown", "rules/f.yaml:8:18"), tuple("VaultSealed", "rules/f.yaml:21:22"));
    }

    @Test
    void aRuleFileInJsonIsReadToo() {
        List<AlertRule> rules = new PrometheusRulesReader().read("{\"groups\": [{\"name\": \"g\", \"rules\": [{\"alert\": \"Up\", \"expr\": \"up == 0\"}]}]}",
                "rules/f.json", true, diagnostics);

        assertThat(rules).extracting(AlertRule::name).containsExactly("Up");
    }

    @Test
    void aFileThatIsNeitherShapeIsAnErrorNamingBoth() {
        List<AlertRule> rules = read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: prometheus}
                """);

        assertThat(rules).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().extracting(Diagnostic::format).isEqualTo(
                "rules/f.yaml:1:1: error: This is not a Prometheus rule file: it has no `groups:` of rules, and it is not a PrometheusRule"
                        + " object (`apiVersion: monitoring.coreos.com/v1`, `kind: PrometheusRule`) but a Deployment. Keep only rule files in"
                        + " a source of `kind: alert`: move this file out, or start its name with `_` to leave it out. [alert.rules-format]");
    }

    @Test
    void aRuleWithAnInvalidAlertNameOrNoNameIsAnErrorAtItsPlace() {
        List<AlertRule> rules = read("""
                groups:
                  - name: g
                    rules:
                      - alert: Redis-Down
                        expr: redis_up == 0
                      - expr: up == 0
                """);

        assertThat(rules).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "rules/f.yaml:4:16: error: 'Redis-Down' is not a valid alert name. Write letters, digits, `_` and `:`, not starting with a"
                        + " digit (`[a-zA-Z_:][a-zA-Z0-9_:]*`). [alert.name]",
                "rules/f.yaml:6:9: error: This rule has neither `alert:` nor `record:`. Name the alert with `alert: <Name>`, as Prometheus"
                        + " requires. [alert.rules-format]");
    }
}
