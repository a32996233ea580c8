package dev.handbook.bench;

import dev.handbook.schema.Schemas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Fills the kinds written as YAML records: SPOFs, drills, chaos experiments, services and backups, and any other kind from its schema alone. */
final class RecordFiller extends FillerBase {

    RecordFiller(Planner plan, Rec rec, Prose prose) {
        super(plan, rec, prose);
    }

    void spof() {
        rec.fields.leave("service", "adrs", "cadence"); // written below for some SPOFs only
        Rec service = plan.spofService(rec);
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), "tier-" + prose.between(0, 2))));
        rec.fields.put("component", new Val.Text(prose.fill("{C} in the `{ns}` namespace.") + " " + prose.sentence(Sentences.CONTEXT)));
        if (service != null) {
            rec.fields.put("service", new Val.Ref(service.id));
        }
        rec.fields.put("failure_mode", new Val.Text(prose.paragraph(Sentences.DIAGNOSIS, prose.between(2, 3))));
        rec.fields.put("blast_radius", new Val.Text(prose.paragraph(Sentences.INCIDENT, 2)));
        rec.fields.put("detection", new Val.Text(prose.fill("`{alert}` fires when {metric} stays above its threshold for {dur}.")
                + " " + prose.sentence(Sentences.SYMPTOM_BULLETS)));
        rec.fields.put("runbook", new Val.Ref(plan.spofRunbook(rec).id));
        rec.fields.put("rto_target", new Val.Plain(prose.pick(List.of("5m", "15m", "30m", "1h", "4h"))));
        rec.fields.put("rpo_target", new Val.Plain(prose.pick(List.of("0", "30s", "1m", "5m", "15m", "1h"))));
        rec.fields.put("dr_strategy", new Val.Plain(prose.pick(Choices.allowed(rec.fields.schema(), "dr_strategy"))));
        rec.fields.put("degradation", new Val.Text(prose.paragraph(Sentences.CONTEXT, 2)));
        rec.fields.put("prevention", new Val.Text(prose.paragraph(Sentences.DECISION, prose.between(2, 3)) + maybeLink(50)));
        rec.fields.put("status", new Val.Plain(Choices.pick(prose.rng, Schemas.SPOF, "status", Map.of("open", 1, "mitigated", 2, "accepted-risk", 1))));
        List<Rec> adrs = prose.chance(40) ? some(plan.adrs, 1, 2) : List.of();
        if (!adrs.isEmpty()) {
            rec.fields.put("adrs", refs(adrs));
        }
        if (prose.chance(30)) {
            rec.fields.put("cadence", cadence());
        }
    }

    private Val cadence() {
        LinkedHashMap<String, Val> cadence = new LinkedHashMap<>();
        cadence.put("drill", new Val.Plain(prose.pick(List.of("90d", "3mo", "6mo", "none"))));
        cadence.put("chaos", new Val.Plain(prose.pick(List.of("1mo", "3mo", "none"))));
        if (prose.chance(50)) {
            cadence.put("backup", new Val.Plain(prose.pick(List.of("1d", "1w", "none"))));
        }
        return new Val.Mapping(cadence);
    }

    // ------------------------------------------------------------------------------------------------------- drill

    void drill() {
        Rec spof = (Rec) rec.hints.get("spof");
        Rec service = plan.spofService(spof);
        LocalDate date = Planner.day(prose.rng.nextInt(Planner.spanDays()));
        Rec runbook = prose.chance(80) ? plan.spofRunbook(spof) : plan.runbooks.get(prose.rng.nextInt(plan.runbooks.size()));
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), "drill")));
        rec.fields.put("date", date(date));
        rec.fields.put("kind", new Val.Plain((String) rec.hints.get("kind")));
        rec.fields.put("scenario", new Val.Text(prose.paragraph(Sentences.CONTEXT, prose.between(2, 4))
                + " Operators followed " + Inline.link(Inline.Form.WIKI, runbook, null) + ".\n\n"
                + prose.paragraph(Sentences.DIAGNOSIS, prose.between(2, 3))));
        rec.fields.put("targets", service == null ? refs(List.of(spof)) : refs(List.of(spof, service)));
        rec.fields.put("runbook", new Val.Ref(runbook.id));
        rec.fields.put("participants", new Val.Strs(participants(prose.between(3, 5))));
        rec.fields.put("rto_target", new Val.Plain(prose.pick(List.of("5m", "15m", "30m", "1h", "4h"))));
        rec.fields.put("rto_measured", new Val.Plain(prose.pick(List.of("2m", "3m", "7m", "12m", "25m", "45m", "1h10m", "2h"))));
        rec.fields.put("rpo_target", new Val.Plain(prose.pick(List.of("0", "30s", "5m", "15m", "1h"))));
        rec.fields.put("rpo_measured", new Val.Plain(prose.pick(List.of("0", "2s", "40s", "3m", "20m"))));
        rec.fields.put("outcome", new Val.Plain(Choices.pick(prose.rng, Schemas.DRILL, "outcome", Map.of("pass", 60, "partial", 25, "fail", 15))));
        rec.fields.put("findings", new Val.Texts(prose.sentences(Sentences.FINDINGS, prose.between(3, 6))));
        rec.fields.put("action_items", actionItems("DR", date, prose.between(1, 4)));
    }

    // ------------------------------------------------------------------------------------------------------- chaos

    void chaos() {
        Rec spof = (Rec) rec.hints.get("spof");
        Rec service = plan.spofService(spof);
        int fault = (Integer) rec.hints.get("fault");
        LocalDate date = Planner.day(prose.rng.nextInt(Planner.spanDays()));
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), "chaos")));
        rec.fields.put("date", date(date));
        rec.fields.put("hypothesis", new Val.Text(prose.sentence(Sentences.HYPOTHESIS)));
        rec.fields.put("fault", new Val.Text(prose.fill(Sentences.FAULT.get(fault))));
        rec.fields.put("tool", new Val.Str(prose.pick(Vocabulary.TOOLS)));
        rec.fields.put("blast_radius", new Val.Text(prose.paragraph(Sentences.CONTEXT, 2)));
        rec.fields.put("abort_conditions", new Val.Texts(List.of(
                prose.fill("The error ratio of {svc} stays above {pct} percent for one minute."),
                prose.fill("`{alert}` pages a human."),
                prose.fill("{metric} on {C} does not recover within {dur} of the end of the fault."))));
        String result = Choices.pick(prose.rng, Schemas.CHAOS, "result", Map.of("held", 65, "broken", 25, "aborted", 10));
        rec.fields.put("result", new Val.Plain(result));
        rec.fields.put("observations", new Val.Text(prose.paragraph(Sentences.OBSERVATION, prose.between(3, 5)) + maybeLink(50)));
        rec.fields.put("findings", new Val.Texts(prose.sentences(Sentences.FINDINGS, prose.between(2, 4))));
        rec.fields.put("duration", new Val.Plain(prose.pick(List.of("2m", "5m", "10m", "15m"))));
        rec.fields.put("probes", probes(result));
        rec.fields.leave("activities"); // the steps of a tool's run, read from its journal
        int items = prose.between(0, 3);
        if (items > 0) {
            rec.fields.put("action_items", actionItems("CH", date, items));
        } else {
            rec.fields.leave("action_items");
        }
        rec.fields.put("targets", service == null ? refs(List.of(spof)) : refs(List.of(spof, service)));
        LinkedHashSet<Rec> runbooks = new LinkedHashSet<>();
        runbooks.add(plan.spofRunbook(spof));
        runbooks.addAll(some(plan.runbooks, 0, 1));
        rec.fields.put("runbooks", refs(new ArrayList<>(runbooks)));
    }

    // ----------------------------------------------------------------------------------------------------- service

    void service() {
        rec.fields.leave("rpo_target", "depends_on", "cadence");
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tier", new Val.Str(Integer.toString(prose.between(0, 3))));
        rec.fields.put("tags", new Val.Words(distinct(rec.title, prose.pick(List.of("customer-facing", "internal", "batch", "stateful", "stateless")))));
        rec.fields.put("description", new Val.Text(prose.paragraph(Sentences.CONTEXT, prose.between(3, 5)) + "\n\n"
                + prose.paragraph(Sentences.DECISION, 2) + maybeLink(40)));
        rec.fields.put("rto_target", new Val.Plain(prose.pick(List.of("15m", "30m", "1h", "4h"))));
        if (prose.chance(70)) {
            rec.fields.put("rpo_target", new Val.Plain(prose.pick(List.of("0", "1m", "5m", "1h"))));
        }
        rec.fields.put("dr_strategy", new Val.Plain(prose.pick(Choices.allowed(rec.fields.schema(), "dr_strategy"))));
        List<Rec> deps = some(plan.services.subList(0, rec.index), 0, 3);
        if (!deps.isEmpty()) {
            rec.fields.put("depends_on", refs(deps));
        }
        if (prose.chance(20)) {
            rec.fields.put("cadence", cadence());
        }
    }

    private List<String> participants(int count) {
        List<String> roles = List.of("drill lead", "operator", "operator", "scribe", "incident commander");
        List<String> names = people(count);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < names.size(); i++) {
            out.add(names.get(i) + " (" + roles.get(Math.min(i, roles.size() - 1)) + ")");
        }
        return out;
    }

    /** The steady-state probes: met before the fault, and after it unless the hypothesis broke. */
    private Val probes(String result) {
        List<LinkedHashMap<String, Val>> probes = new ArrayList<>();
        for (String metric : someOf(Vocabulary.METRICS, prose.between(1, 3))) {
            LinkedHashMap<String, Val> probe = new LinkedHashMap<>();
            probe.put("name", new Val.Str(Planner.capitalize(metric) + " of " + rec.topic.service()));
            probe.put("tolerance", new Val.Str("below " + prose.between(2, 9) * 5 + " percent"));
            probe.put("before", new Val.Plain("met"));
            if (!result.equals("aborted")) {
                probe.put("after", new Val.Plain(result.equals("held") || prose.chance(50) ? "met" : "not-met"));
            }
            probes.add(probe);
        }
        return new Val.Objects(probes);
    }

    // ------------------------------------------------------------------------------------------------------ backup

    /** pgBackRest-style evidence for one SPOF: a full backup a week with daily differentials, the newest first. */
    void backup() {
        Rec spof = (Rec) rec.hints.get("spof");
        Rec service = spof == null ? null : plan.spofService(spof);
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), "backup")));
        rec.fields.put("tool", new Val.Str("pgbackrest"));
        List<Rec> targets = new ArrayList<>();
        if (spof != null) {
            targets.add(spof);
        }
        if (service != null) {
            targets.add(service);
        }
        if (targets.isEmpty()) {
            rec.fields.leave("targets");
        } else {
            rec.fields.put("targets", refs(targets));
        }
        rec.fields.put("status_code", new Val.Str("0"));
        rec.fields.put("status", new Val.Str("ok"));
        rec.fields.put("system_id", new Val.Str(Long.toString(7_000_000_000_000_000_000L + prose.rng.nextLong(1_000_000_000_000_000L))));
        rec.fields.leave("namespaces"); // Velero's; this is a pgBackRest repository
        LocalDate last = Planner.day(Planner.spanDays() - 1 - prose.rng.nextInt(30));
        List<LinkedHashMap<String, Val>> runs = new ArrayList<>();
        long size = prose.between(2, 400) * 1_000_000_000L;
        for (int day = 0; day < prose.between(3, 10); day++) {
            LocalDate on = last.minusDays(day);
            boolean full = day % 7 == 0;
            LinkedHashMap<String, Val> run = new LinkedHashMap<>();
            String label = on.toString().replace("-", "") + "-0200" + String.format(Locale.ROOT, "%02d", prose.between(0, 59)) + (full ? "F" : "D");
            run.put("label", new Val.Str(label));
            run.put("type", new Val.Str(full ? "full" : "diff"));
            run.put("state", new Val.Plain(Choices.pick(prose.rng, Choices.nested(Schemas.BACKUP, "backups"), "state",
                    Map.of("completed", 95, "partially-failed", 2, "failed", 3, "in-progress", 0))));
            run.put("start", new Val.Plain(on + "T02:00:0" + prose.between(0, 9) + "Z"));
            run.put("stop", new Val.Plain(on + String.format(Locale.ROOT, "T02:%02d:%02dZ", prose.between(5, 50), prose.between(0, 59))));
            run.put("repo", new Val.Str("repo1"));
            run.put("size", new Val.Str(Long.toString(size)));
            run.put("repo_size", new Val.Str(Long.toString(size / (full ? 3 : 30))));
            run.put("delta", new Val.Str(Long.toString(size / (full ? 1 : 20))));
            runs.add(run);
        }
        rec.fields.put("backups", new Val.Objects(runs));
    }
}
