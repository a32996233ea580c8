package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prometheus rules read from a source of {@code kind: alert}, against the runbooks' {@code alerts:}: the three
 * warnings of the issue at their positions, and the pages a responder lands on from a rule's {@code runbook_url}.
 */
class AlertsPipelineTest {

    private static final String RULES = """
            groups:
              - name: redis
                rules:
                  - record: redis:up:min
                    expr: min(redis_up)
                  - alert: RedisDown
                    expr: redis_up == 0
                    for: 30s
                    labels: {severity: critical}
                    annotations:
                      summary: Redis is down <now>
                      runbook_url: https://handbook.example.org/alerts/{{ $labels.alertname }}.html
                  - alert: RedisMemoryHigh
                    expr: redis_memory_used_bytes / redis_memory_max_bytes > 0.9
                    annotations:
                      runbook_url: https://handbook.example.org/runbooks/redis-memory.html
            """;

    @TempDir Path root;

    private ScratchHandbook handbook(String runbookAlerts) {
        return new ScratchHandbook(root)
                .write("site/handbook.yaml", """
                        sources:
                          - {path: content/runbooks, kind: runbook}
                          - {path: content/spofs, kind: spof}
                          - {path: monitoring, kind: alert}
                        """)
                .write("monitoring/redis.rules.yml", RULES)
                .write("content/runbooks/redis-down.md", "---\ntitle: Redis down\nowner: team-platform\nlast_reviewed: 2026-12-01\n"
                        + "alerts: " + runbookAlerts + "\n---\n1. Check the pod: `kubectl get pod redis-0`.\n")
                .write("content/spofs/redis.yaml", """
                        title: Redis primary
                        owner: team-platform
                        status: mitigated
                        component: redis-0
                        failure_mode: The pod dies.
                        detection: "`RedisDown` fires, then RedisDownstream errors <b>climb</b>."
                        runbook: redis-down
                        rto_target: 5m
                        rpo_target: 1m
                        """);
    }

    @Test
    void checkWarnsOfAnAlertWithoutRunbookARunbookNamingAnUndefinedAlertAndAStaleRunbookUrl() {
        BuildResult result = handbook("[RedisDown, RedisRestarting]").check("2026-12-06");

        List<String> warnings = result.diagnostics().stream().filter(d -> d.code().startsWith("alert."))
                .map(Diagnostic::format).toList();
        assertThat(warnings).containsExactly(
                "content/runbooks/redis-down.md:5:21: warning: Runbook 'redis-down' names alert 'RedisRestarting', which no rule defines."
                        + " Check the name against the rules' `alert:` names (they are case-sensitive), or remove it. [alert.undefined]",
                "monitoring/redis.rules.yml:13:16: warning: Alert 'RedisMemoryHigh' is not named by any runbook. Add `alerts: [RedisMemoryHigh]`"
                        + " to the front matter of the runbook that answers it, so its page leads on-call there. [alert.no-runbook]",
                "monitoring/redis.rules.yml:16:24: warning: The runbook_url of alert 'RedisMemoryHigh' points at no page of this handbook:"
                        + " https://handbook.example.org/runbooks/redis-memory.html. Point it at the alert's page,"
                        + " `https://<handbook>/alerts/{{ $labels.alertname }}.html`, which leads to its runbook. [alert.runbook-url]");
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void aMisspeltAlertIsMatchedToTheClosestRule() {
        BuildResult result = handbook("[RedisDwn]").check("2026-12-06");

        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("alert.undefined")).singleElement().extracting(Diagnostic::hint)
                .isEqualTo("Did you mean 'RedisDown'?");
    }

    @Test
    void anAlertNameThatPrometheusWouldRejectIsAnErrorAtItsPosition() {
        BuildResult result = handbook("[RedisDown, redis-down]").check("2026-12-06");

        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).singleElement().extracting(Diagnostic::format)
                .asString().isEqualTo("content/runbooks/redis-down.md:5:21: error: 'redis-down' is not a valid Prometheus alert name for 'alerts'. Write letters,"
                        + " digits, `_` and `:`, not starting with a digit, as the rule's `alert:` does (`RedisDown`). [field.format]");
    }

    @Test
    void aSourceOfRulesThatDoesNotExistIsAnErrorAtItsConfigEntry() {
        BuildResult result = handbook("[RedisDown]")
                .write("site/handbook.yaml", "sources:\n  - {path: content/runbooks, kind: runbook}\n  - {path: rules, kind: alert}\n")
                .check("2026-12-06");

        assertThat(result.diagnostics()).extracting(Diagnostic::format).contains(
                "site/handbook.yaml:3:12: error: Source folder 'rules' does not exist. Write the folder of the rule files relative to the"
                        + " folder that holds site/, e.g. `monitoring/rules`. [config.source]");
    }

    @Test
    void theAlertPageLeadsStraightToItsRunbookAndShowsTheRuleEscaped() {
        Snapshot snapshot = handbook("[RedisDown]").snapshot();

        Document page = Jsoup.parse(snapshot.pages().get("alerts/RedisDown.html").text());
        var first = page.selectFirst("article > header").nextElementSibling();
        assertThat(first.select("a.alert-runbook-link")).as("the first thing after the title").singleElement()
                .satisfies(a -> assertThat(a.attr("href")).isEqualTo("../runbooks/redis-down.html"));
        assertThat(page.select(".alert-rule").text()).contains("redis_up == 0", "30s", "critical", "Redis is down <now>",
                "monitoring/redis.rules.yml:6");
        assertThat(page.select(".alert-rule").html()).contains("Redis is down &lt;now&gt;");
        assertThat(page.select("a[href='../spofs/redis.html']")).as("the SPOF whose detection names it").hasSize(1);
        Document runbook = Jsoup.parse(snapshot.pages().get("runbooks/redis-down.html").text());
        assertThat(runbook.select(".facts a[href='../alerts/RedisDown.html']")).as("the runbook links back to its alert").hasSize(1);
        Document index = Jsoup.parse(snapshot.pages().get("alerts/index.html").text());
        assertThat(index.select("tbody tr")).extracting(tr -> tr.select("td").get(0).text() + " → " + tr.select("td").get(2).select("a, .badge").text())
                .containsExactly("RedisDown → Redis down", "RedisMemoryHigh → no runbook");
    }

    @Test
    void aSpofsDetectionLinksOnlyTheAlertNameAndKeepsTheRestEscaped() {
        Snapshot snapshot = handbook("[RedisDown]").snapshot();

        Document spof = Jsoup.parse(snapshot.pages().get("spofs/redis.html").text());
        var detection = spof.select(".fact").stream().filter(f -> f.select("dt").text().equals("Detection")).findFirst().orElseThrow()
                .selectFirst("dd");
        assertThat(detection.select("a")).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo("../alerts/RedisDown.html");
            assertThat(a.text()).isEqualTo("RedisDown");
        });
        assertThat(detection.text()).contains("RedisDownstream errors <b>climb</b>.");
    }
}
