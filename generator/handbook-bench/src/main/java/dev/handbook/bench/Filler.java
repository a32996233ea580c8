package dev.handbook.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Fills one planned record's fields and body from its own random source. */
final class Filler {

    static final int MIN_WORDS = 300;
    static final int MAX_WORDS = 1500;
    /** Body targets stay this far under {@link #MAX_WORDS}: the last section added may overshoot. */
    private static final int TARGET_CEILING = 1300;

    private final Planner plan;
    private final Rec rec;
    private final Prose prose;
    private final Set<String> usedHeadings = new HashSet<>();

    Filler(Planner plan, Rec rec, SplittableRandom rng) {
        this.plan = plan;
        this.rec = rec;
        this.prose = new Prose(rng, rec.topic);
    }

    void fill() {
        rec.fields.put("title", new Val.Str(rec.title));
        switch (rec.kind) {
            case RUNBOOK -> runbook();
            case ADR -> adr();
            case POSTMORTEM -> postmortem();
            case SPOF -> spof();
            case DRILL -> drill();
            case CHAOS -> chaos();
            case SERVICE -> service();
        }
    }

    // ----------------------------------------------------------------------------------------------------- runbook

    private static final List<String> RING =
            List.of(
                    "Related procedure: {L}.",
                    "If the symptoms point somewhere else, continue with {L}.",
                    "On-call engineers often need {L} in the same shift.",
                    "Read {L} as well; the two failures tend to arrive together.");

    private void runbook() {
        Vocabulary.Topic t = rec.topic;
        rec.fields.put("owner", new Val.Plain(t.team()));
        rec.fields.put("tags", new Val.Words(distinct(t.component().slug(), t.symptom().slug(), t.component().family())));
        // Mostly reviewed within the last four months of the timeline, a quarter of them long ago.
        int age = prose.chance(75) ? prose.rng.nextInt(120) : 120 + prose.rng.nextInt(600);
        rec.fields.put("last_reviewed", date(Planner.day(Planner.spanDays() - 1 - age)));
        if (prose.chance(30)) {
            rec.fields.put("review_every", new Val.Plain(prose.pick(List.of("30d", "60d", "90d", "12w", "3mo", "6mo"))));
        }
        List<Rec> spofs = plan.spofsOf(rec);
        if (!spofs.isEmpty()) {
            rec.fields.put("spofs", refs(spofs));
        }
        List<Rec> services = some(plan.services, 1, 2);
        if (!services.isEmpty()) {
            rec.fields.put("services", refs(services));
        }
        rec.fields.put("when_to_use", new Val.Text("`" + t.alert() + "` is firing, or users report " + t.symptom().phrase()
                + " on " + t.service() + ". " + prose.sentence(Vocabulary.SYMPTOM_BULLETS) + " " + prose.sentence(Vocabulary.CONTEXT)));

        Body body = new Body(target());
        String ring = prose.fill(prose.pick(RING)).replace("{L}", Inline.link(Inline.Form.ANCHOR, plan.nextRunbook(rec), null));
        body.add(new Block.Para(prose.paragraph(Vocabulary.CONTEXT, prose.between(2, 3)) + " " + ring));
        body.add(new Block.Heading("Symptoms"));
        body.add(new Block.Bullets(prose.sentences(Vocabulary.SYMPTOM_BULLETS, prose.between(3, 4))));
        body.add(new Block.Heading("Impact"));
        body.add(new Block.Para(prose.paragraph(Vocabulary.CONTEXT, 2)));
        body.add(signalTable(prose.between(3, 4)));
        body.add(new Block.Heading("Diagnosis"));
        body.add(steps(3, 4));
        body.add(new Block.Heading("Mitigation"));
        body.add(steps(3, 4));
        body.add(new Block.Para(prose.sentence(Vocabulary.CAUTION)));
        int extrasAt = body.blocks.size();
        body.add(new Block.Heading("Verification"));
        body.add(new Block.Bullets(prose.sentences(Vocabulary.VERIFY, 3)));
        body.add(new Block.Heading("Escalation"));
        body.add(new Block.Para(prose.fill("If {C} is not back to normal within {dur}, page {team} and ask for an incident commander.")
                + " " + linkSentences(prose.between(1, 2))));
        body.fill(extrasAt, this::runbookExtra);
        rec.body = body.blocks;
    }

    private List<Block> runbookExtra() {
        String c = rec.topic.component().name();
        return switch (prose.rng.nextInt(8)) {
            case 0 -> section(List.of("Background", "How " + c + " is deployed", "Architecture notes", "How it fits together"),
                    new Block.Para(prose.paragraph(Vocabulary.CONTEXT, prose.between(4, 6)) + maybeLink(50)));
            case 1 -> section(List.of("Known failure modes", "What usually goes wrong", "Reading the signals", "Telling causes apart"),
                    new Block.Para(prose.sentence(Vocabulary.CONTEXT)),
                    new Block.Bullets(prose.sentences(Vocabulary.DIAGNOSIS, prose.between(3, 6))));
            case 2 -> section(List.of("Things not to do", "Safety notes", "Before you touch production", "Common mistakes"),
                    new Block.Bullets(prose.sentences(Vocabulary.CAUTION, prose.between(3, 5))));
            case 3 -> section(List.of("History", "Why this procedure looks like this", "Lessons from past incidents", "Changes to this runbook"),
                    new Block.Para(prose.paragraph(Vocabulary.HISTORY, prose.between(2, 4)) + maybeLink(70)),
                    new Block.Para(prose.paragraph(Vocabulary.INCIDENT, 2)));
            case 4 -> section(List.of("Dependencies", "Related procedures", "Upstream and downstream", "What else breaks"),
                    new Block.Para(prose.sentence(Vocabulary.CONTEXT)), dependencyTable(prose.between(2, 5)));
            case 5 -> section(List.of("Manual fallback", "If automation fails", "Alternative path", "Last resort"),
                    new Block.Para(prose.paragraph(Vocabulary.CAUTION, 2)), steps(2, 4));
            case 6 -> section(List.of("After the incident", "Cleaning up", "Handing over"),
                    new Block.Para(prose.paragraph(Vocabulary.VERIFY, 2)),
                    new Block.Bullets(prose.sentences(Vocabulary.ACTIONS, prose.between(2, 4)).stream().map(a -> a + ".").toList()));
            default -> section(List.of("Communication", "Keeping people informed", "Who to tell"),
                    new Block.Para(prose.paragraph(Vocabulary.CONTEXT, prose.between(2, 3))),
                    new Block.Bullets(List.of(
                            prose.fill("Post an update in the incident channel every {dur}."),
                            prose.fill("Tell {team} which step you are on before you run it."),
                            prose.fill("Update the status page once {svc} is affected for more than {dur}."))));
        };
    }

    private Block signalTable(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (String metric : someOf(Vocabulary.METRICS, rows)) {
            body.add(List.of(Planner.capitalize(metric), "below " + prose.between(2, 9) * 5 + " percent of the limit",
                    "above " + prose.between(10, 19) * 5 + " percent for " + prose.pick(Vocabulary.DURATIONS),
                    "`" + rec.topic.component().slug() + "-overview`"));
        }
        return new Block.Table(List.of("Signal", "Normal", "Page at", "Dashboard"), body);
    }

    private Block dependencyTable(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Rec other = plan.runbooks.get(prose.rng.nextInt(plan.runbooks.size()));
            String link = other == rec ? "this procedure" : Inline.link(Inline.Form.TYPED, other, other.title);
            body.add(List.of(other.topic.component().name(), link, prose.sentence(Vocabulary.DIAGNOSIS)));
        }
        return new Block.Table(List.of("Dependency", "Procedure", "Notes"), body);
    }

    private Block steps(int min, int max) {
        int count = prose.between(min, max);
        List<Block.Step> steps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (prose.chance(70)) {
                steps.add(prose.commandStep());
            } else {
                steps.add(new Block.Step(prose.sentence(Vocabulary.DIAGNOSIS), null));
            }
        }
        // At least one fenced block per list, so every body has one.
        if (steps.stream().allMatch(s -> s.code() == null)) {
            steps.set(0, prose.commandStep());
        }
        return new Block.Steps(steps);
    }

    // --------------------------------------------------------------------------------------------------------- ADR

    private void adr() {
        String status = plan.adrStatus(rec);
        LocalDate date = plan.adrDate(rec);
        if (prose.chance(70)) {
            rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        }
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), "architecture", rec.topic.component().family())));
        rec.fields.put("status", new Val.Plain(status));
        rec.fields.put("date", date(date));
        rec.fields.put("deciders", new Val.Strs(people(prose.between(2, 4))));
        List<Rec> older = plan.adrSupersedes(rec);
        if (!older.isEmpty()) {
            rec.fields.put("supersedes", refs(older));
        }
        if (prose.chance(30)) {
            rec.fields.put("review_by", date(date.plusYears(1)));
        }

        Body body = new Body(target());
        body.add(new Block.Heading("Context"));
        body.add(new Block.Para(prose.paragraph(Vocabulary.CONTEXT, prose.between(3, 4))));
        for (Rec old : older) {
            body.add(new Block.Para("This decision replaces " + Inline.link(Inline.Form.TYPED, old, "ADR " + old.id.substring(0, 4))
                    + ". " + prose.paragraph(Vocabulary.LESSON, 2)));
        }
        body.add(new Block.Heading("Decision"));
        body.add(new Block.Para(prose.paragraph(Vocabulary.DECISION, prose.between(2, 3))));
        body.add(optionTable());
        body.add(new Block.Bullets(prose.sentences(Vocabulary.DECISION, prose.between(2, 3))));
        body.add(new Block.Heading("Consequences"));
        body.add(new Block.Bullets(prose.sentences(Vocabulary.CONSEQUENCE, prose.between(3, 4))));
        body.add(new Block.Heading("Rollout"));
        body.add(steps(2, 3));
        int extrasAt = body.blocks.size();
        body.add(new Block.Heading("Related records"));
        body.add(new Block.Para(linkSentences(prose.between(1, 3))));
        body.fill(extrasAt, this::adrExtra);
        rec.body = body.blocks;
    }

    private List<Block> adrExtra() {
        return switch (prose.rng.nextInt(6)) {
            case 0 -> section(List.of("Alternatives considered", "Options we rejected", "What else we looked at"),
                    new Block.Para(prose.sentence(Vocabulary.CONTEXT)),
                    new Block.Bullets(prose.sentences(Vocabulary.DECISION, prose.between(3, 5))));
            case 1 -> section(List.of("Background", "Forces at play", "Where we started", "Constraints"),
                    new Block.Para(prose.paragraph(Vocabulary.CONTEXT, prose.between(4, 6)) + maybeLink(60)));
            case 2 -> section(List.of("Risks", "Open questions", "What could go wrong"),
                    new Block.Bullets(prose.sentences(Vocabulary.CAUTION, prose.between(3, 5))));
            case 3 -> section(List.of("Lessons from incidents", "Evidence", "What the incidents showed"),
                    new Block.Para(prose.paragraph(Vocabulary.INCIDENT, prose.between(3, 5)) + maybeLink(80)));
            case 4 -> section(List.of("Cost", "Capacity and cost", "Budget"),
                    new Block.Para(prose.paragraph(Vocabulary.CONSEQUENCE, prose.between(2, 3))), optionTable());
            default -> section(List.of("Measuring success", "How we will know", "Review criteria"),
                    new Block.Bullets(prose.sentences(Vocabulary.VERIFY, prose.between(3, 5))));
        };
    }

    private Block optionTable() {
        List<List<String>> rows = new ArrayList<>();
        for (String strategy : someOf(Vocabulary.STRATEGIES, 3)) {
            rows.add(List.of(strategy, prose.pick(List.of("5m", "15m", "1h", "4h", "24h")),
                    prose.pick(List.of("0", "30s", "5m", "1h", "24h")), prose.between(1, 40) * 100 + " EUR per month",
                    prose.pick(List.of("low", "medium", "high"))));
        }
        return new Block.Table(List.of("Option", "RTO", "RPO", "Cost", "Operational risk"), rows);
    }

    // -------------------------------------------------------------------------------------------------- postmortem

    private static final List<String> SEVERITIES = List.of("SEV1", "SEV2", "SEV2", "SEV3", "SEV3", "SEV3", "SEV4", "SEV4", "SEV2", "SEV3");

    private void postmortem() {
        Rec mainRunbook = (Rec) rec.hints.get("runbook");
        LocalDate date = Planner.day(prose.rng.nextInt(Planner.spanDays()));
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), rec.topic.symptom().slug(), "incident")));
        rec.fields.put("date", date(date));
        rec.fields.put("severity", new Val.Plain(prose.pick(SEVERITIES)));
        rec.fields.put("duration", new Val.Plain(prose.pick(List.of("12m", "25m", "45m", "1h", "1h12m", "1h40m", "2h30m", "4h", "6h15m"))));
        if (prose.chance(5)) {
            rec.fields.put("simulated", new Val.Plain("true"));
        }
        rec.fields.put("impact", new Val.Text(prose.paragraph(Vocabulary.INCIDENT, 2)));
        rec.fields.put("detection", new Val.Text(prose.fill("Paged by `{alert}` after {dur}.") + " " + prose.sentence(Vocabulary.INCIDENT)));
        rec.fields.put("summary", new Val.Text(prose.paragraph(Vocabulary.INCIDENT, prose.between(2, 3))));
        List<LinkedHashMap<String, Val>> timeline = new ArrayList<>();
        int minute = prose.between(0, 20 * 60);
        List<String> events = prose.sentences(Vocabulary.INCIDENT, prose.between(5, 10));
        for (int i = 0; i < events.size() && minute < 24 * 60; i++) {
            LinkedHashMap<String, Val> event = new LinkedHashMap<>();
            event.put("time", new Val.Str(String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60)));
            event.put("event", new Val.Str(events.get(i)));
            timeline.add(event);
            minute += prose.between(1, 25);
        }
        rec.fields.put("timeline", new Val.Objects(timeline));
        rec.fields.put("root_cause", new Val.Text(prose.paragraph(Vocabulary.LESSON, 2) + maybeLink(40)));
        rec.fields.put("contributing_factors", new Val.Texts(prose.sentences(Vocabulary.LESSON, prose.between(2, 3))));
        rec.fields.put("five_whys", new Val.Texts(fiveWhys()));
        rec.fields.put("went_well", new Val.Texts(prose.sentences(Vocabulary.LESSON, 2)));
        rec.fields.put("went_wrong", new Val.Texts(prose.sentences(Vocabulary.LESSON, 2)));
        rec.fields.put("lucky", new Val.Texts(List.of(prose.fill("The incident started outside the peak hour of {svc}."))));
        rec.fields.put("action_items", actionItems("PM", date, prose.between(2, 6)));
        List<Rec> spofs = some(plan.spofs, 0, 2);
        if (!spofs.isEmpty()) {
            rec.fields.put("spofs", refs(spofs));
        }
        List<Rec> services = some(plan.services, 1, 3);
        if (!services.isEmpty()) {
            rec.fields.put("services", refs(services));
        }
        LinkedHashSet<Rec> runbooks = new LinkedHashSet<>();
        runbooks.add(mainRunbook);
        runbooks.addAll(some(plan.runbooks, 0, 2));
        rec.fields.put("runbooks", refs(new ArrayList<>(runbooks)));

        Body body = new Body(target());
        body.add(new Block.Heading("What happened"));
        body.add(new Block.Para(prose.paragraph(Vocabulary.INCIDENT, prose.between(3, 4))));
        body.add(new Block.Heading("Response"));
        body.add(new Block.Para("The responders followed " + Inline.link(Inline.Form.WIKI, mainRunbook, null) + ". "
                + prose.sentence(Vocabulary.INCIDENT)));
        body.add(steps(2, 4));
        body.add(new Block.Heading("Impact by the numbers"));
        body.add(impactTable());
        body.add(new Block.Heading("Lessons"));
        body.add(new Block.Bullets(prose.sentences(Vocabulary.LESSON, prose.between(3, 4))));
        int extrasAt = body.blocks.size();
        body.add(new Block.Heading("Follow-up"));
        body.add(new Block.Para(linkSentences(prose.between(1, 3))));
        body.fill(extrasAt, this::postmortemExtra);
        rec.body = body.blocks;
    }

    private List<String> fiveWhys() {
        List<String> lessons = prose.sentences(Vocabulary.LESSON, 5);
        List<String> out = new ArrayList<>(5);
        for (String lesson : lessons) {
            out.add("Why? " + lesson);
        }
        return out;
    }

    private List<Block> postmortemExtra() {
        return switch (prose.rng.nextInt(7)) {
            case 0 -> section(List.of("Detection", "How we found out", "Alerting"),
                    new Block.Para(prose.paragraph(Vocabulary.INCIDENT, prose.between(3, 5))));
            case 1 -> section(List.of("Why it got worse", "Contributing factors in detail", "Aggravating factors"),
                    new Block.Para(prose.sentence(Vocabulary.INCIDENT)),
                    new Block.Bullets(prose.sentences(Vocabulary.LESSON, prose.between(3, 6))));
            case 2 -> section(List.of("Recovery", "Getting back to normal", "Restoring service"),
                    new Block.Para(prose.paragraph(Vocabulary.INCIDENT, 2) + maybeLink(70)), steps(2, 4));
            case 3 -> section(List.of("Background", "How the system works", "Architecture at the time"),
                    new Block.Para(prose.paragraph(Vocabulary.CONTEXT, prose.between(4, 6)) + maybeLink(50)));
            case 4 -> section(List.of("Timeline in detail", "Minute by minute"), timelineTable(prose.between(4, 8)));
            case 5 -> section(List.of("Customer impact", "Who was affected"),
                    new Block.Para(prose.paragraph(Vocabulary.INCIDENT, prose.between(2, 3))), impactTable());
            default -> section(List.of("Open questions", "What we still do not know", "Further investigation"),
                    new Block.Bullets(prose.sentences(Vocabulary.DIAGNOSIS, prose.between(3, 5))));
        };
    }

    private Block timelineTable(int rows) {
        List<List<String>> body = new ArrayList<>(rows);
        int minute = prose.between(0, 20 * 60);
        List<String> events = prose.sentences(Vocabulary.INCIDENT, rows);
        for (int i = 0; i < rows; i++) {
            body.add(List.of(String.format(Locale.ROOT, "%02d:%02d", minute / 60 % 24, minute % 60),
                    events.get(i), prose.pick(List.of("alert", "operator", "customer", "automation"))));
            minute += prose.between(1, 20);
        }
        return new Block.Table(List.of("Time", "What happened", "Source"), body);
    }

    private Block impactTable() {
        List<List<String>> rows = new ArrayList<>();
        for (String metric : someOf(Vocabulary.METRICS, prose.between(3, 4))) {
            int before = prose.between(1, 20);
            rows.add(List.of(Planner.capitalize(metric), before + " units", before * prose.between(3, 12) + " units",
                    before + prose.between(0, 3) + " units"));
        }
        return new Block.Table(List.of("Metric", "Before", "Worst", "After"), rows);
    }

    // -------------------------------------------------------------------------------------------------------- SPOF

    private void spof() {
        Rec service = plan.spofService(rec);
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), "tier-" + prose.between(0, 2))));
        rec.fields.put("component", new Val.Text(prose.fill("{C} in the `{ns}` namespace.") + " " + prose.sentence(Vocabulary.CONTEXT)));
        if (service != null) {
            rec.fields.put("service", new Val.Ref(service.id));
        }
        rec.fields.put("failure_mode", new Val.Text(prose.paragraph(Vocabulary.DIAGNOSIS, prose.between(2, 3))));
        rec.fields.put("blast_radius", new Val.Text(prose.paragraph(Vocabulary.INCIDENT, 2)));
        rec.fields.put("detection", new Val.Text(prose.fill("`{alert}` fires when {metric} stays above its threshold for {dur}.")
                + " " + prose.sentence(Vocabulary.SYMPTOM_BULLETS)));
        rec.fields.put("runbook", new Val.Ref(plan.spofRunbook(rec).id));
        rec.fields.put("rto_target", new Val.Plain(prose.pick(List.of("5m", "15m", "30m", "1h", "4h"))));
        rec.fields.put("rpo_target", new Val.Plain(prose.pick(List.of("0", "30s", "1m", "5m", "15m", "1h"))));
        rec.fields.put("dr_strategy", new Val.Plain(prose.pick(Vocabulary.STRATEGIES)));
        rec.fields.put("degradation", new Val.Text(prose.paragraph(Vocabulary.CONTEXT, 2)));
        rec.fields.put("prevention", new Val.Text(prose.paragraph(Vocabulary.DECISION, prose.between(2, 3)) + maybeLink(50)));
        rec.fields.put("status", new Val.Plain(prose.pick(List.of("open", "mitigated", "mitigated", "accepted-risk"))));
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

    private void drill() {
        Rec spof = (Rec) rec.hints.get("spof");
        Rec service = plan.spofService(spof);
        LocalDate date = Planner.day(prose.rng.nextInt(Planner.spanDays()));
        Rec runbook = prose.chance(80) ? plan.spofRunbook(spof) : plan.runbooks.get(prose.rng.nextInt(plan.runbooks.size()));
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), "drill")));
        rec.fields.put("date", date(date));
        rec.fields.put("kind", new Val.Plain((String) rec.hints.get("kind")));
        rec.fields.put("scenario", new Val.Text(prose.paragraph(Vocabulary.CONTEXT, prose.between(2, 4))
                + " Operators followed " + Inline.link(Inline.Form.WIKI, runbook, null) + ".\n\n"
                + prose.paragraph(Vocabulary.DIAGNOSIS, prose.between(2, 3))));
        rec.fields.put("targets", service == null ? refs(List.of(spof)) : refs(List.of(spof, service)));
        rec.fields.put("runbook", new Val.Ref(runbook.id));
        rec.fields.put("participants", new Val.Strs(participants(prose.between(3, 5))));
        rec.fields.put("rto_target", new Val.Plain(prose.pick(List.of("5m", "15m", "30m", "1h", "4h"))));
        rec.fields.put("rto_measured", new Val.Plain(prose.pick(List.of("2m", "3m", "7m", "12m", "25m", "45m", "1h10m", "2h"))));
        rec.fields.put("rpo_target", new Val.Plain(prose.pick(List.of("0", "30s", "5m", "15m", "1h"))));
        rec.fields.put("rpo_measured", new Val.Plain(prose.pick(List.of("0", "2s", "40s", "3m", "20m"))));
        int roll = prose.rng.nextInt(100);
        rec.fields.put("outcome", new Val.Plain(roll < 60 ? "pass" : roll < 85 ? "partial" : "fail"));
        rec.fields.put("findings", new Val.Texts(prose.sentences(Vocabulary.FINDINGS, prose.between(3, 6))));
        rec.fields.put("action_items", actionItems("DR", date, prose.between(1, 4)));
    }

    // ------------------------------------------------------------------------------------------------------- chaos

    private void chaos() {
        Rec spof = (Rec) rec.hints.get("spof");
        Rec service = plan.spofService(spof);
        int fault = (Integer) rec.hints.get("fault");
        LocalDate date = Planner.day(prose.rng.nextInt(Planner.spanDays()));
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), "chaos")));
        rec.fields.put("date", date(date));
        rec.fields.put("hypothesis", new Val.Text(prose.sentence(Vocabulary.HYPOTHESIS)));
        rec.fields.put("fault", new Val.Text(prose.fill(Vocabulary.FAULT.get(fault))));
        rec.fields.put("tool", new Val.Str(prose.pick(Vocabulary.TOOLS)));
        rec.fields.put("blast_radius", new Val.Text(prose.paragraph(Vocabulary.CONTEXT, 2)));
        rec.fields.put("abort_conditions", new Val.Texts(List.of(
                prose.fill("The error ratio of {svc} stays above {pct} percent for one minute."),
                prose.fill("`{alert}` pages a human."),
                prose.fill("{metric} on {C} does not recover within {dur} of the end of the fault."))));
        int roll = prose.rng.nextInt(100);
        rec.fields.put("result", new Val.Plain(roll < 65 ? "held" : roll < 90 ? "broken" : "aborted"));
        rec.fields.put("observations", new Val.Text(prose.paragraph(Vocabulary.OBSERVATION, prose.between(3, 5)) + maybeLink(50)));
        rec.fields.put("findings", new Val.Texts(prose.sentences(Vocabulary.FINDINGS, prose.between(2, 4))));
        int items = prose.between(0, 3);
        if (items > 0) {
            rec.fields.put("action_items", actionItems("CH", date, items));
        }
        rec.fields.put("targets", service == null ? refs(List.of(spof)) : refs(List.of(spof, service)));
        LinkedHashSet<Rec> runbooks = new LinkedHashSet<>();
        runbooks.add(plan.spofRunbook(spof));
        runbooks.addAll(some(plan.runbooks, 0, 1));
        rec.fields.put("runbooks", refs(new ArrayList<>(runbooks)));
    }

    // ----------------------------------------------------------------------------------------------------- service

    private void service() {
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tier", new Val.Str(Integer.toString(prose.between(0, 3))));
        rec.fields.put("tags", new Val.Words(distinct(rec.title, prose.pick(List.of("customer-facing", "internal", "batch", "stateful", "stateless")))));
        rec.fields.put("description", new Val.Text(prose.paragraph(Vocabulary.CONTEXT, prose.between(3, 5)) + "\n\n"
                + prose.paragraph(Vocabulary.DECISION, 2) + maybeLink(40)));
        rec.fields.put("rto_target", new Val.Plain(prose.pick(List.of("15m", "30m", "1h", "4h"))));
        if (prose.chance(70)) {
            rec.fields.put("rpo_target", new Val.Plain(prose.pick(List.of("0", "1m", "5m", "1h"))));
        }
        rec.fields.put("dr_strategy", new Val.Plain(prose.pick(Vocabulary.STRATEGIES)));
        List<Rec> deps = some(plan.services.subList(0, rec.index), 0, 3);
        if (!deps.isEmpty()) {
            rec.fields.put("depends_on", refs(deps));
        }
        if (prose.chance(20)) {
            rec.fields.put("cadence", cadence());
        }
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    /** Collects blocks until the body reaches its word target, inserting extra sections at one place. */
    private static final class Body {
        final List<Block> blocks = new ArrayList<>();
        final int target;
        int words;

        Body(int target) {
            this.target = target;
        }

        void add(Block block) {
            blocks.add(block);
            words += Render.words(block);
        }

        void fill(int at, Supplier<List<Block>> extra) {
            while (words < target) {
                List<Block> section = extra.get();
                blocks.addAll(at, section);
                at += section.size();
                for (Block block : section) {
                    words += Render.words(block);
                }
            }
        }
    }

    private int target() {
        return prose.between(MIN_WORDS, TARGET_CEILING);
    }

    /** A heading (the first unused of {@code headings}) followed by {@code blocks}. */
    private List<Block> section(List<String> headings, Block... blocks) {
        String heading = null;
        for (String h : headings) {
            if (usedHeadings.add(h)) {
                heading = h;
                break;
            }
        }
        if (heading == null) {
            int part = 2;
            while (!usedHeadings.add(headings.get(0) + ", part " + part)) {
                part++;
            }
            heading = headings.get(0) + ", part " + part;
        }
        List<Block> out = new ArrayList<>(blocks.length + 1);
        out.add(new Block.Heading(heading));
        out.addAll(List.of(blocks));
        return out;
    }

    private static final List<String> LINK_RUNBOOK =
            List.of("If the problem spreads, continue with {L}.", "The degraded mode is described in {L}.", "See also {L}.");
    private static final List<String> LINK_ADR =
            List.of("The reasoning behind the current setup is recorded in {L}.", "Background on the design is in {L}.");
    private static final List<String> LINK_POSTMORTEM =
            List.of("A similar failure is analysed in {L}.", "The last time this happened is described in {L}.");
    private static final List<String> LINK_SPOF =
            List.of("The failure mode is registered as {L}.", "Recovery targets are on {L}.");
    private static final List<String> LINK_DRILL =
            List.of("This was last exercised in {L}.", "The recovery path was timed in {L}.");
    private static final List<String> LINK_CHAOS =
            List.of("The behaviour under fault was tested in {L}.", "Compare with the results of {L}.");
    private static final List<String> LINK_SERVICE =
            List.of("Most of the impact lands on {L}.", "Recovery targets for {L} apply here too.");

    /** {@code count} sentences, each linking a random other record. */
    private String linkSentences(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(linkSentence());
        }
        return String.join(" ", out);
    }

    private String maybeLink(int percent) {
        return prose.chance(percent) ? " " + linkSentence() : "";
    }

    private String linkSentence() {
        Rec target = other();
        List<String> templates = switch (target.kind) {
            case RUNBOOK -> LINK_RUNBOOK;
            case ADR -> LINK_ADR;
            case POSTMORTEM -> LINK_POSTMORTEM;
            case SPOF -> LINK_SPOF;
            case DRILL -> LINK_DRILL;
            case CHAOS -> LINK_CHAOS;
            case SERVICE -> LINK_SERVICE;
        };
        String sentence = prose.pick(templates);
        return sentence.replace("{L}", link(target));
    }

    /** A link to {@code target} in a random form; link texts never contain brackets, pipes or commas. */
    private String link(Rec target) {
        int roll = prose.rng.nextInt(100);
        if (roll < 40) {
            return Inline.link(Inline.Form.TYPED, target, roll < 20 ? target.title : label(target));
        } else if (roll < 75) {
            return Inline.link(Inline.Form.WIKI, target, null);
        }
        return Inline.link(Inline.Form.WIKI_TEXT, target, label(target));
    }

    private String label(Rec target) {
        return switch (target.kind) {
            case RUNBOOK -> prose.pick(List.of("the runbook", "this procedure", "the " + target.topic.component().slug() + " runbook"));
            case ADR -> "ADR " + target.id.substring(0, 4);
            case POSTMORTEM -> prose.pick(List.of("the postmortem", "the incident review"));
            case SPOF -> prose.pick(List.of("the SPOF entry", "the " + target.topic.component().slug() + " SPOF"));
            case DRILL -> prose.pick(List.of("the drill", "the last drill"));
            case CHAOS -> prose.pick(List.of("the chaos experiment", "the experiment"));
            case SERVICE -> target.title;
        };
    }

    /** A random record other than this one. */
    private Rec other() {
        List<Rec> all = plan.all;
        Rec pick = all.get(prose.rng.nextInt(all.size()));
        return pick == rec ? all.get((all.indexOf(pick) + 1) % all.size()) : pick;
    }

    /** Between {@code min} and {@code max} distinct records of {@code from} (fewer if it is smaller). */
    private List<Rec> some(List<Rec> from, int min, int max) {
        if (from.isEmpty()) {
            return List.of();
        }
        int count = Math.min(prose.between(min, max), from.size());
        LinkedHashSet<Rec> out = new LinkedHashSet<>();
        for (int tries = 0; out.size() < count && tries < count * 4; tries++) {
            Rec pick = from.get(prose.rng.nextInt(from.size()));
            if (pick != rec) {
                out.add(pick);
            }
        }
        return new ArrayList<>(out);
    }

    private <T> List<T> someOf(List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count && !copy.isEmpty(); i++) {
            out.add(copy.remove(prose.rng.nextInt(copy.size())));
        }
        return out;
    }

    private List<String> people(int count) {
        return someOf(Vocabulary.PEOPLE, count);
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

    private Val actionItems(String prefix, LocalDate from, int count) {
        List<LinkedHashMap<String, Val>> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            LinkedHashMap<String, Val> item = new LinkedHashMap<>();
            item.put("id", new Val.Str(String.format(Locale.ROOT, "%s-%05d-%d", prefix, rec.index + 1, i)));
            item.put("title", new Val.Str(prose.sentence(Vocabulary.ACTIONS)));
            item.put("owner", new Val.Str(prose.chance(50) ? rec.topic.team() : prose.pick(Vocabulary.PEOPLE)));
            item.put("due", date(from.plusDays(prose.between(7, 120))));
            int roll = prose.rng.nextInt(100);
            item.put("status", new Val.Plain(roll < 35 ? "open" : roll < 55 ? "in-progress" : roll < 95 ? "done" : "wont-do"));
            items.add(item);
        }
        return new Val.Objects(items);
    }

    private static Val date(LocalDate date) {
        return new Val.Plain(date.toString());
    }

    private static Val refs(List<Rec> records) {
        return new Val.Refs(records.stream().map(r -> r.id).toList());
    }

    private static List<String> distinct(String... words) {
        return new ArrayList<>(new LinkedHashSet<>(List.of(words)));
    }
}
