package dev.handbook.bench;

import java.util.List;

/**
 * The word and sentence lists synthetic records are built from. Nothing here contains {@code |}, brackets, braces
 * (other than the {@code {X}} placeholders of {@link Prose}), {@code *}, {@code _} or {@code #}, so the text is safe
 * in Markdown tables, AsciiDoc and YAML double-quoted strings.
 */
final class Vocabulary {

    private Vocabulary() {}

    /** A component that can fail; {@code family} selects the symptoms that fit it. */
    record Component(String slug, String name, String namespace, String family) {}

    /** A way to fail; {@code families} lists the component families it applies to ("*" for all). */
    record Symptom(String slug, String phrase, String families) {
        boolean fits(Component c) {
            return families.equals("*") || families.contains(c.family());
        }
    }

    /** What one record is about. */
    record Topic(Component component, Symptom symptom, String service, String team, String alert) {}

    static final List<Component> COMPONENTS =
            List.of(
                    new Component("postgres", "Postgres primary", "data", "db"),
                    new Component("mysql", "MySQL cluster", "data", "db"),
                    new Component("cassandra", "Cassandra ring", "data", "db"),
                    new Component("mongodb", "MongoDB replica set", "data", "db"),
                    new Component("clickhouse", "ClickHouse cluster", "analytics", "db"),
                    new Component("pgbouncer", "PgBouncer pool", "data", "proxy"),
                    new Component("patroni", "Patroni leader election", "data", "coord"),
                    new Component("redis", "Redis primary", "data", "cache"),
                    new Component("memcached", "Memcached tier", "data", "cache"),
                    new Component("kafka", "Kafka brokers", "streaming", "queue"),
                    new Component("rabbitmq", "RabbitMQ cluster", "messaging", "queue"),
                    new Component("nats", "NATS JetStream", "messaging", "queue"),
                    new Component("zookeeper", "ZooKeeper ensemble", "streaming", "coord"),
                    new Component("etcd", "etcd quorum", "kube-system", "coord"),
                    new Component("consul", "Consul servers", "platform", "coord"),
                    new Component("elasticsearch", "Elasticsearch cluster", "search", "db"),
                    new Component("vault", "Vault cluster", "vault", "security"),
                    new Component("keycloak", "Keycloak realm", "identity", "security"),
                    new Component("cert-manager", "cert-manager issuer", "cert-manager", "security"),
                    new Component("coredns", "CoreDNS", "kube-system", "edge"),
                    new Component("external-dns", "external-dns controller", "kube-system", "edge"),
                    new Component("ingress-nginx", "ingress-nginx controller", "ingress", "edge"),
                    new Component("envoy", "Envoy edge proxy", "edge", "edge"),
                    new Component("haproxy", "HAProxy load balancer", "edge", "edge"),
                    new Component("cdn", "CDN origin shield", "edge", "edge"),
                    new Component("waf", "web application firewall", "edge", "edge"),
                    new Component("nat-gateway", "NAT gateway", "network", "network"),
                    new Component("vpn", "site-to-site VPN", "network", "network"),
                    new Component("transit-gateway", "transit gateway", "network", "network"),
                    new Component("kube-apiserver", "Kubernetes API server", "kube-system", "platform"),
                    new Component("karpenter", "Karpenter node provisioning", "karpenter", "platform"),
                    new Component("argocd", "Argo CD", "argocd", "platform"),
                    new Component("harbor", "Harbor registry", "registry", "platform"),
                    new Component("gitlab-runner", "GitLab runners", "ci", "platform"),
                    new Component("prometheus", "Prometheus", "monitoring", "observability"),
                    new Component("alertmanager", "Alertmanager", "monitoring", "observability"),
                    new Component("loki", "Loki log store", "monitoring", "observability"),
                    new Component("tempo", "Tempo tracing backend", "monitoring", "observability"),
                    new Component("minio", "MinIO object store", "storage", "storage"),
                    new Component("ceph", "Ceph block storage", "storage", "storage"),
                    new Component("nfs", "NFS file share", "storage", "storage"),
                    new Component("backup-repo", "backup repository", "storage", "storage"),
                    new Component("airflow", "Airflow scheduler", "pipelines", "app"),
                    new Component("temporal", "Temporal workflow engine", "workflows", "app"),
                    new Component("sidekiq", "Sidekiq workers", "app", "app"),
                    new Component("api-gateway", "API gateway", "edge", "app"),
                    new Component("auth", "auth service", "identity", "app"),
                    new Component("billing", "billing service", "billing", "app"),
                    new Component("search-api", "search API", "search", "app"),
                    new Component("notifications", "notification fan-out", "app", "app"),
                    new Component("webhooks", "webhook dispatcher", "app", "app"),
                    new Component("feature-flags", "feature flag service", "platform", "app"),
                    new Component("rate-limiter", "rate limiter", "edge", "app"),
                    new Component("smtp-relay", "SMTP relay", "mail", "network"),
                    new Component("ntp", "NTP time source", "network", "network"));

    static final List<Symptom> SYMPTOMS =
            List.of(
                    new Symptom("latency", "latency spike", "*"),
                    new Symptom("down", "outage", "*"),
                    new Symptom("error-rate", "elevated error rate", "*"),
                    new Symptom("crashloop", "crash loop", "*"),
                    new Symptom("capacity", "capacity exhaustion", "*"),
                    new Symptom("zone-outage", "zone outage", "*"),
                    new Symptom("bad-deploy", "bad deploy rollback", "*"),
                    new Symptom("cert-expiry", "certificate expiry", "*"),
                    new Symptom("oom", "out-of-memory kills", "*"),
                    new Symptom("config-drift", "configuration drift", "*"),
                    new Symptom("failover", "failover", "db cache queue coord security storage"),
                    new Symptom("replication-lag", "replication lag", "db cache queue storage"),
                    new Symptom("disk-full", "disk full", "db queue coord observability storage"),
                    new Symptom("restore", "restore from backup", "db cache queue coord security storage"),
                    new Symptom("split-brain", "split brain", "db coord cache"),
                    new Symptom("quorum-loss", "quorum loss", "coord queue db security"),
                    new Symptom("corruption", "data corruption", "db storage queue"),
                    new Symptom("slow-queries", "slow queries", "db"),
                    new Symptom("lock-contention", "lock contention", "db"),
                    new Symptom("conn-exhaustion", "connection exhaustion", "db proxy cache app"),
                    new Symptom("hot-partition", "hot partition", "db queue cache"),
                    new Symptom("consumer-lag", "consumer lag", "queue"),
                    new Symptom("queue-backlog", "queue backlog", "queue app"),
                    new Symptom("evictions", "eviction storm", "cache"),
                    new Symptom("dns-resolution", "DNS resolution failures", "edge network platform"),
                    new Symptom("packet-loss", "packet loss", "network edge"),
                    new Symptom("throttling", "upstream throttling", "edge app network platform"),
                    new Symptom("key-rotation", "emergency key rotation", "security"),
                    new Symptom("sealed", "sealed after restart", "security"),
                    new Symptom("node-loss", "node loss", "platform storage observability"),
                    new Symptom("scrape-gaps", "scrape gaps", "observability"),
                    new Symptom("alert-storm", "alert storm", "observability"),
                    new Symptom("stuck-jobs", "stuck jobs", "app platform"),
                    new Symptom("degraded-mode", "degraded mode", "app edge cache"));

    static final List<String> SERVICES =
            List.of(
                    "checkout", "payments", "search", "catalog", "accounts", "orders", "inventory", "shipping",
                    "notifications", "reporting", "ledger", "pricing", "recommendations", "media", "messaging",
                    "identity", "onboarding", "invoicing", "analytics", "scheduler", "exports", "imports",
                    "audit-log", "gateway", "mobile-bff", "web-frontend", "admin-console", "partner-api", "sync",
                    "ingest");

    static final List<String> TEAMS =
            List.of(
                    "team-platform", "team-data", "team-app", "team-sre", "team-network", "team-security",
                    "team-storage", "team-edge", "team-payments", "team-search", "team-observability",
                    "team-identity");

    static final List<String> PEOPLE =
            List.of(
                    "Priya Raman", "Dana Okafor", "Tomasz Wójcik", "Mei Chen", "Kwame Mensah", "Luis Ortega",
                    "Jonas Albrecht", "Aiko Tanaka", "Sofia Rossi", "Omar Haddad", "Grace Kim", "Mateo García",
                    "Ingrid Larsen", "Ravi Patel", "Chloé Martin", "Femi Adeyemi", "Hana Novák", "Ethan Brooks",
                    "Leila Karimi", "Björn Svensson", "Amara Nwosu", "Diego Fernández", "Yuki Sato", "Zoë Müller",
                    "Arjun Mehta", "Nadia Petrova", "Samuel Osei", "Elena Popescu", "Kenji Watanabe", "Fatima Zahra",
                    "Marcus Hill", "Olga Ivanova", "Tariq Aziz", "Clara Schmidt", "Noah Cohen", "Isabel Costa");

    static final List<String> METRICS =
            List.of(
                    "p99 latency", "error ratio", "CPU saturation", "memory usage", "queue depth", "replication lag",
                    "disk usage", "open connection count", "GC pause time", "request rate", "cache hit ratio",
                    "5xx ratio", "fsync latency", "open file descriptors", "eviction rate", "thread pool saturation",
                    "retransmit rate", "consumer lag", "pending compactions", "TLS handshake errors");

    static final List<String> ZONES = List.of("zone a", "zone b", "zone c", "eu-west-1a", "eu-west-1b", "eu-west-1c");

    static final List<String> DURATIONS =
            List.of("two minutes", "five minutes", "ten minutes", "fifteen minutes", "half an hour", "an hour");

    static final List<String> TOOLS =
            List.of(
                    "chaos-mesh PodChaos", "chaos-mesh NetworkChaos", "tc netem", "Litmus pod-delete",
                    "AWS FIS", "toxiproxy", "stress-ng", "iptables DROP rules", "Gremlin blackhole");

    static final List<String> DECISION_SUBJECTS =
            List.of(
                    "the DR strategy", "connection pooling", "the backup schedule", "cross-zone replication",
                    "the alerting thresholds", "automatic failover", "the deploy pipeline", "capacity headroom",
                    "the retention policy", "secret rotation", "the on-call rotation", "the load shedding policy",
                    "the health check design", "the upgrade cadence", "the network topology", "the quorum size");

    static final List<String> DECISION_VERBS =
            List.of("Adopt", "Standardise", "Replace", "Automate", "Split", "Consolidate", "Harden", "Retire");

    static final List<String> CLOSING_WORDS =
            List.of(
                    "steady", "recovered", "healthy", "stable", "green", "back to baseline", "within budget",
                    "quiet");
}
