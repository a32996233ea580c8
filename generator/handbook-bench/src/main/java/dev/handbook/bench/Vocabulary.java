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

    static final List<String> STRATEGIES =
            List.of("backup-restore", "pilot-light", "warm-standby", "hot-standby", "active-active");

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

    // Sentence templates. Placeholders: {C} component name, {c} component slug, {ns} namespace, {alert},
    // {sym} symptom phrase, {svc} service, {team}, {person}, {metric}, {metric2}, {n}, {n2}, {pct}, {dur},
    // {zone}, {tool}, {ok}.

    static final List<String> CONTEXT =
            List.of(
                    "{C} sits on the critical path for {svc}, so {sym} there shows up as user-facing errors within a minute or two.",
                    "Most pages for this alert are caused by a noisy neighbour or a recent deploy rather than by {C} itself.",
                    "The dashboards for {C} live in the `{c}-overview` folder; start with the {metric} panel before touching anything.",
                    "{team} owns {C}, but the on-call engineer is expected to act first and escalate once the impact is understood.",
                    "During the last quarter {C} paged {n} times for {sym}, and in {n2} of those cases the fix was a rollback.",
                    "Capacity for {C} was last reviewed by {person}, who set the alert threshold for {metric} at {pct} percent.",
                    "Keep the incident channel informed every {dur} even when there is nothing new to report.",
                    "Do not restart every replica at once: caches warm slowly and a cold restart doubles the load on the layers below.",
                    "If {metric} is flat while {metric2} climbs, the problem is almost certainly upstream of {C}.",
                    "The `{alert}` alert fires when {metric} stays above its threshold for {dur}.",
                    "Write down every command you run, with the time, in the incident channel; the postmortem depends on it.",
                    "A change freeze applies to {C} while this procedure is in use, except for the steps below.",
                    "Customers usually notice {sym} as slow page loads first and as failed saves a few minutes later.",
                    "Failover is safe only when replication lag is below {n} seconds; otherwise you trade an outage for data loss.",
                    "In {zone} the nodes run on older instance types, so saturation appears there about {dur} before the other zones.",
                    "{C} runs as {n} replicas spread over three zones in the `{ns}` namespace.",
                    "The service level objective for {svc} allows about {n} minutes of full unavailability per month.",
                    "Most of the traffic to {C} comes from {svc}, which retries aggressively and can turn a blip into an overload.",
                    "The last time {sym} happened the response took longer than it should have because nobody knew which dashboard to trust.",
                    "Treat every number in this document as a starting point and check it against the live dashboards.",
                    "Load on {C} follows the working day in Europe and North America, with a sharp peak at the top of every hour.",
                    "Alerts for {C} route to {team} during office hours and to the platform on-call rotation at night.",
                    "The client libraries time out after {n} seconds, which is longer than the health checks of the load balancer.",
                    "Before this procedure existed, {sym} on {C} was handled by whoever happened to remember the last incident.",
                    "Synthetic probes hit {C} every thirty seconds from three regions and feed the {metric} panel.",
                    "{person} is the subject matter expert for {C} and is happy to be paged for anything this document does not cover.",
                    "The capacity model assumes {pct} percent headroom at peak, which is thinner than it looks during a zone outage.",
                    "Runbooks rot quietly, so every on-call engineer who uses this one is expected to fix what was wrong in it.");

    static final List<String> DIAGNOSIS =
            List.of(
                    "Compare {metric} with the same hour last week before drawing conclusions.",
                    "A sudden step in {metric} points at a deploy or a configuration change, while a slow ramp points at growth or a leak.",
                    "Look at the three zones separately: a problem limited to {zone} is usually infrastructure, not software.",
                    "If only one replica is unhealthy, take it out of rotation and keep investigating without pressure.",
                    "Check whether {svc} changed its traffic pattern; a new batch job has caused {sym} more than once.",
                    "The logs are noisy during {sym}; filter for timeouts and refused connections first.",
                    "When {metric2} rises at the same time, the bottleneck is shared and scaling {C} alone will not help.",
                    "Errors that started exactly on the hour usually come from scheduled jobs rather than from users.",
                    "If the health endpoint answers but requests still fail, suspect the connection pool rather than the process.",
                    "Trace a single slow request end to end before changing anything; guessing wastes more time than tracing.",
                    "Note the first timestamp at which {metric} deviated; it anchors the timeline for everyone else.",
                    "Do not trust a single dashboard panel during {sym}: the exporters themselves may be starved of CPU.");

    static final List<String> CAUTION =
            List.of(
                    "Never delete data volumes to make a pod start; ask {team} first.",
                    "Restarting {C} clears its in-memory state, so confirm that the replicas are in sync before you do it.",
                    "Scaling out past {n} replicas exhausts the connection limit of the database behind {C}.",
                    "Silencing `{alert}` hides the next real incident as well; always set an expiry.",
                    "A forced failover can lose the last few seconds of writes; the incident commander decides, not the operator.",
                    "The rollback path has not been tested with schema changes, so check the migration history first.",
                    "Changing timeouts during an incident rarely helps and often makes the retry storm worse.",
                    "If you are unsure whether a step is safe, stop and ask in the incident channel; waiting five minutes is cheap.");

    static final List<String> VERIFY =
            List.of(
                    "{metric} is back under its threshold and has stayed there for {dur}.",
                    "The error ratio of {svc} is below {pct} percent of requests.",
                    "All replicas of {C} report ready and none restarted in the last {dur}.",
                    "Synthetic probes from every region succeed.",
                    "The `{alert}` alert has resolved on its own, without a silence.",
                    "Replication lag is below {n} seconds on every replica.",
                    "The queue of pending work has drained to its usual depth.",
                    "Customer support confirms that no new tickets mention {sym}.");

    static final List<String> SYMPTOM_BULLETS =
            List.of(
                    "`{alert}` fires for more than {dur}.",
                    "{metric} on {C} climbs above {pct} percent of its limit.",
                    "Users report {sym} through support or the status page.",
                    "The error ratio of {svc} rises above {pct} percent.",
                    "Health checks of {C} fail in {zone} while other zones look healthy.",
                    "Clients log timeouts after {n} seconds when calling {C}.",
                    "{metric2} rises on the layers behind {C}.",
                    "Deploys of {svc} stall because readiness probes never pass.");

    static final List<String> HISTORY =
            List.of(
                    "This procedure was rewritten after an incident in which {sym} lasted {n} minutes longer than necessary.",
                    "{person} added the verification section after the last game day showed that nobody agreed on what recovered means.",
                    "An earlier version of this document recommended restarting everything at once; that advice caused a second outage.",
                    "The thresholds above were tuned after {n} false pages in a single week.",
                    "The mitigation steps were timed during a drill: the whole procedure took {n} minutes with two operators.",
                    "Feedback from the last {n2} incidents has been folded into the steps; keep doing that.");

    static final List<String> DECISION =
            List.of(
                    "We will run {C} as {strategy}, with the standby in a second zone and automatic promotion.",
                    "Every change to {C} goes through the deploy pipeline; manual changes are only allowed during a declared incident.",
                    "{team} owns the decision and reviews it once a year or after any SEV1 involving {C}.",
                    "The recovery targets for {C} are written on its SPOF entry and measured by a drill at least twice a year.",
                    "We accept the cost of {n} additional instances in exchange for removing the manual failover step.",
                    "Clients must tolerate a failover of up to {n} seconds without surfacing errors to users.",
                    "Configuration lives in git and is applied by Argo CD; the live state is never edited by hand.",
                    "We will not build a multi-region setup for {C} this year; the expected loss does not justify it.");

    static final List<String> CONSEQUENCE =
            List.of(
                    "On-call engineers need to learn the new failover procedure; a drill is scheduled within the quarter.",
                    "Cost rises by roughly {pct} percent for the {c} fleet.",
                    "The recovery time objective for {svc} can be tightened once the change has been measured.",
                    "One more moving part must be monitored, upgraded and documented.",
                    "Existing dashboards and alerts for {C} have to be rebuilt around the new topology.",
                    "Teams that depended on the old behaviour get {n} weeks to migrate.",
                    "We lose the ability to hot-patch {C} without a deploy, which we consider a feature.",
                    "The capacity model has to account for the standby, which never serves traffic.");

    static final List<String> INCIDENT =
            List.of(
                    "At the start of the incident {metric} on {C} rose sharply while traffic stayed flat.",
                    "The first page went to the {team} on-call engineer, who acknowledged it within {n} minutes.",
                    "Customers in {zone} were hit first, and {svc} started returning errors a few minutes later.",
                    "The responders first suspected the network because {metric2} moved at the same time.",
                    "A rollback was considered early but rejected because the last deploy was {n} hours old.",
                    "Once {C} was isolated, the error ratio of {svc} fell below {pct} percent within minutes.",
                    "The incident commander declared the incident resolved after {dur} of stable metrics.",
                    "Support received the first ticket before the first alert fired, which is the detection gap we most want to close.",
                    "Retries from {svc} tripled the load on {C} and kept it saturated after the original trigger was gone.",
                    "Nobody had exercised the recovery path for {sym} in production before, so every step took longer than planned.",
                    "The status page was updated {n} minutes after impact started, later than our target of ten minutes.",
                    "{person} led the response, with {person2} as operations lead and a scribe from {team}.");

    static final List<String> LESSON =
            List.of(
                    "The alert fired late because it measured the wrong thing.",
                    "Retries without jitter turned a partial failure into a full outage.",
                    "The runbook was accurate but nobody could find it under pressure.",
                    "Automatic failover worked, but clients held on to dead connections.",
                    "Ownership of {C} was unclear between {team} and the platform group.",
                    "The dashboards lagged reality by several minutes during the worst of it.",
                    "A capacity review would have caught the trend weeks earlier.",
                    "The rollback was quick once somebody decided to do it.",
                    "Paging the subject matter expert early saved at least half an hour.",
                    "The degraded mode kept the most important user journeys working.");

    static final List<String> HYPOTHESIS =
            List.of(
                    "When {C} loses one replica, {svc} keeps its error ratio below {pct} percent and p99 latency below one second.",
                    "Injecting {n}00 ms of latency between {svc} and {C} does not breach the latency objective.",
                    "Killing the leader of {C} triggers an automatic failover within {n} seconds with no lost writes.",
                    "Filling the data volume of {C} to 95 percent raises an alert before any write fails.",
                    "Blocking {zone} leaves {svc} serving traffic from the remaining zones within two minutes.");

    static final List<String> FAULT =
            List.of(
                    "Killed one pod of {C} in the `{ns}` namespace with grace period zero, once.",
                    "Added {n}00 ms of latency with jitter to all traffic from {svc} to {C} for ten minutes.",
                    "Dropped all packets to {C} from {zone} for five minutes.",
                    "Stopped the leader process of {C} and kept it stopped for {dur}.",
                    "Consumed 90 percent of the memory of one {c} node with a stress workload.");

    static final List<String> OBSERVATION =
            List.of(
                    "{metric} on {C} rose within seconds and returned to baseline {n} minutes after the fault ended.",
                    "The error ratio of {svc} peaked at {pct} tenths of a percent and no user-facing alert fired.",
                    "Failover completed in {n} seconds, inside the target.",
                    "Clients reconnected unevenly; a handful of pods kept failing until their connection pools were recycled.",
                    "The dashboards showed the fault clearly, but the runbook link in the alert pointed at an outdated page.",
                    "{metric2} did not move, which confirms that the blast radius stayed inside {C}.");

    static final List<String> FINDINGS =
            List.of(
                    "Connection pools need a health check period shorter than the failover time.",
                    "The alert for {sym} fired {n} minutes late; its window is too long.",
                    "The standby in {zone} was under-provisioned and ran hot after promotion.",
                    "Operators followed the runbook without help, which is the result we wanted.",
                    "The restore took {n} minutes, well inside the recovery time objective.",
                    "Two steps of the runbook referred to hosts that no longer exist.",
                    "Nobody knew who could approve a forced failover at night.",
                    "Backups were complete, but the restore needed credentials that only one person had.",
                    "The degraded mode of {svc} worked as designed.",
                    "Metrics retention was too short to compare with the previous drill.");

    static final List<String> ACTIONS =
            List.of(
                    "Shorten the alert window for {alert}",
                    "Add a connection health check to {svc}",
                    "Document the forced failover approval path",
                    "Right-size the standby of {C} in {zone}",
                    "Automate the restore test for {C}",
                    "Remove stale host names from the runbook",
                    "Add jitter to client retries in {svc}",
                    "Raise the disk alert threshold for {C} to 80 percent",
                    "Store restore credentials in Vault with break-glass access",
                    "Extend metrics retention for {c} to 400 days",
                    "Run the drill again with the standby promoted",
                    "Add a capacity review of {C} to the quarterly plan");
}
