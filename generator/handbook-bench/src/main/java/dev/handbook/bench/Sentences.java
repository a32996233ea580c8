package dev.handbook.bench;

import java.util.List;

/**
 * The sentence templates synthetic prose is drawn from, one list per purpose (context, diagnosis, caution ...). The
 * same character rules as {@link Vocabulary} hold: nothing here breaks a Markdown table, AsciiDoc or a YAML string.
 */
final class Sentences {

    private Sentences() {}

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
