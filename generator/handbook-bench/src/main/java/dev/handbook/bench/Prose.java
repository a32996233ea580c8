package dev.handbook.bench;

import dev.handbook.schema.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Fills the sentence templates of {@link Vocabulary} for one record's topic, from that record's random source. */
final class Prose {

    final SplittableRandom rng;
    final Vocabulary.Topic topic;

    Prose(SplittableRandom rng, Vocabulary.Topic topic) {
        this.rng = rng;
        this.topic = topic;
    }

    <T> T pick(List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    int between(int min, int max) {
        return min + rng.nextInt(max - min + 1);
    }

    boolean chance(int percent) {
        return rng.nextInt(100) < percent;
    }

    /** One filled template from {@code templates}. */
    String sentence(List<String> templates) {
        return fill(pick(templates));
    }

    /** {@code count} distinct-ish sentences joined into a paragraph. */
    String paragraph(List<String> templates, int count) {
        List<String> sentences = sentences(templates, count);
        return String.join(" ", sentences);
    }

    /** {@code count} sentences from different templates while there are enough of them. */
    List<String> sentences(List<String> templates, int count) {
        List<String> out = new ArrayList<>(count);
        boolean[] used = new boolean[templates.size()];
        int usedCount = 0;
        for (int i = 0; i < count; i++) {
            int index = rng.nextInt(templates.size());
            if (usedCount < templates.size()) {
                while (used[index]) {
                    index = (index + 1) % templates.size();
                }
                used[index] = true;
                usedCount++;
            }
            out.add(fill(templates.get(index)));
        }
        return out;
    }

    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            int close = ch == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(ch);
                i++;
                continue;
            }
            out.append(value(template.substring(i + 1, close)));
            i = close + 1;
        }
        String s = out.toString();
        // Metrics start sentences in lower case ("p99 latency"); component names and team ids keep theirs.
        return template.startsWith("{metric") ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    private String value(String key) {
        Vocabulary.Component c = topic.component();
        return switch (key) {
            case "C" -> c.name();
            case "c" -> c.slug();
            case "ns" -> c.namespace();
            case "alert" -> topic.alert();
            case "sym" -> topic.symptom().phrase();
            case "svc" -> topic.service();
            case "team" -> topic.team();
            case "person", "person2" -> pick(Vocabulary.PEOPLE);
            case "metric", "metric2" -> pick(Vocabulary.METRICS);
            case "n" -> Integer.toString(between(2, 40));
            case "n2" -> Integer.toString(between(1, 9));
            case "pct" -> Integer.toString(between(1, 9) * 5);
            case "dur" -> pick(Vocabulary.DURATIONS);
            case "zone" -> pick(Vocabulary.ZONES);
            case "tool" -> pick(Vocabulary.TOOLS);
            case "strategy" -> pick(Choices.allowed(Schemas.SPOF, "dr_strategy"));
            case "ok" -> pick(Vocabulary.CLOSING_WORDS);
            case "L" -> "{L}"; // a link, filled in by the caller
            default -> throw new IllegalArgumentException("unknown placeholder {" + key + "}");
        };
    }

    /** A step with a matching shell snippet: an instruction ending in a colon, and one to three of its commands. */
    Block.Step commandStep() {
        List<String> group = STEPS.get(rng.nextInt(STEPS.size()));
        List<String> commands = new ArrayList<>(3);
        int available = group.size() - 1;
        int wanted = 1 + rng.nextInt(Math.min(3, available));
        int skip = available - wanted;
        for (int i = 1; i < group.size(); i++) {
            // Keep the commands in order; drop `skip` of them at random.
            if (skip > 0 && rng.nextInt(available) < skip) {
                skip--;
                continue;
            }
            if (commands.size() < wanted) {
                commands.add(fillCommand(group.get(i)));
            }
        }
        return new Block.Step(fill(group.get(0)), commands);
    }

    private String fillCommand(String template) {
        Vocabulary.Component c = topic.component();
        return template.replace("{c}", c.slug())
                .replace("{ns}", c.namespace())
                .replace("{alert}", topic.alert())
                .replace("{n}", Integer.toString(between(2, 12)))
                .replace("{svc}", topic.service());
    }

    /**
     * Instructions, each followed by the commands that carry it out. In commands {c}, {ns}, {alert}, {n} and {svc}
     * are the only placeholders; other braces are literal.
     */
    private static final List<List<String>> STEPS =
            List.of(
                    List.of("Check the pods of {C} and note any that restarted recently:",
                            "kubectl -n {ns} get pods -l app={c} -o wide",
                            "kubectl -n {ns} describe pod -l app={c} | grep -A5 'Last State'",
                            "kubectl -n {ns} top pods -l app={c} --sort-by=memory"),
                    List.of("Read the recent logs and look for timeouts, refused connections and out-of-memory kills:",
                            "kubectl -n {ns} logs -l app={c} --since=15m --tail=200 | grep -iE 'timeout|refused|oom' | tail -20",
                            "journalctl -u {c} --since \"-15 min\" --no-pager | tail -50"),
                    List.of("Confirm that the last deploy of {C} is not the cause:",
                            "helm -n {ns} history {c} --max 5",
                            "argocd app history {c} | tail -5",
                            "kubectl -n {ns} rollout history deploy/{c}"),
                    List.of("Check the health endpoint from inside the cluster:",
                            "curl -sf -o /dev/null -w '%{http_code} %{time_total}s\\n' http://{c}.{ns}.svc:8080/healthz",
                            "dig +short {c}.{ns}.svc.cluster.local"),
                    List.of("Check the replication state before changing anything:",
                            "psql \"$PG_URL\" -c 'select now() - pg_last_xact_replay_timestamp() as lag;'",
                            "redis-cli -h {c}.{ns}.svc info replication | grep -E 'role|connected_slaves|master_link_status'",
                            "etcdctl endpoint status --cluster -w table"),
                    List.of("Look at the alert state and silence it only with an expiry:",
                            "amtool alert query alertname={alert}",
                            "amtool silence add alertname={alert} --duration=30m --comment=\"incident in progress\""),
                    List.of("Check disk usage on the data volumes of {C}:",
                            "df -h /var/lib/{c}",
                            "du -sh /var/lib/{c}/* | sort -h | tail -5"),
                    List.of("Compare the running configuration with what is in git:",
                            "argocd app diff {c}",
                            "terraform -chdir=infra/{c} plan -out=/tmp/{c}.plan"),
                    List.of("List the recent events in the `{ns}` namespace:",
                            "kubectl get events -n {ns} --sort-by=.lastTimestamp | tail -30"),
                    List.of("Scale out {C} if it is saturated, then watch the rollout:",
                            "kubectl -n {ns} scale deploy/{c} --replicas={n}",
                            "kubectl -n {ns} rollout status deploy/{c} --timeout=5m"),
                    List.of("Roll back to the previous release if the problem started after a deploy:",
                            "helm -n {ns} rollback {c} 0 --wait",
                            "kubectl -n {ns} rollout status deploy/{c} --timeout=5m"),
                    List.of("Verify that backups of {C} are recent enough to restore from:",
                            "pgbackrest --stanza={c} info",
                            "restic -r s3:https://backups.example.net/{c} snapshots --latest 3"),
                    List.of("Drain the affected node and let the scheduler move the pods:",
                            "kubectl cordon \"$NODE\"",
                            "kubectl drain \"$NODE\" --ignore-daemonsets --delete-emptydir-data --timeout=10m",
                            "kubectl -n {ns} get pods -l app={c} -o wide"),
                    List.of("Run the restore verification against staging:",
                            "./scripts/verify-restore.sh --service {svc} --target staging"),
                    List.of("Check the certificate dates on the endpoint:",
                            "openssl s_client -connect {c}.internal.example.net:443 -servername {c}.internal.example.net </dev/null 2>/dev/null | openssl x509 -noout -dates",
                            "kubectl -n {ns} get certificate -o wide"),
                    List.of("Measure the error rate as Prometheus sees it:",
                            "promtool query instant http://prometheus.monitoring:9090 'sum(rate(http_requests_total{job=\"{c}\",code=~\"5..\"}[5m]))'"),
                    List.of("Restart the pods one at a time and wait for each to become ready:",
                            "kubectl -n {ns} rollout restart deploy/{c}",
                            "kubectl -n {ns} rollout status deploy/{c} --timeout=10m"),
                    List.of("Check how far behind the consumers of {svc} are:",
                            "kafka-consumer-groups.sh --bootstrap-server kafka.streaming:9092 --describe --group {svc} | sort -k6 -n | tail"),
                    List.of("Find the instances of {C} and the zones they run in:",
                            "aws ec2 describe-instances --filters Name=tag:role,Values={c} --query 'Reservations[].Instances[].[InstanceId,State.Name,Placement.AvailabilityZone]' --output text"),
                    List.of("Count the connections {C} holds open:",
                            "ss -tanp state established | grep -c {c}",
                            "kubectl -n {ns} exec deploy/{c} -- cat /proc/net/sockstat"),
                    List.of("Add capacity to the node group behind {C}:",
                            "aws autoscaling set-desired-capacity --auto-scaling-group-name {c}-asg --desired-capacity {n}",
                            "kubectl get nodes -l pool={c} -o wide"),
                    List.of("Resynchronise the application with git once the fix is merged:",
                            "argocd app sync {c} --prune --timeout 300",
                            "argocd app wait {c} --health --timeout 600"));
}
