package dev.handbook.bench;

import dev.handbook.schema.Schemas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Fills the kinds written as Markdown or AsciiDoc with front matter: runbooks, ADRs and postmortems, fields and bodies. */
final class DocumentFiller extends FillerBase {

    DocumentFiller(Planner plan, Rec rec, Prose prose) {
        super(plan, rec, prose);
    }

    private static final List<String> RING =
            List.of(
                    "Related procedure: {L}.",
                    "If the symptoms point somewhere else, continue with {L}.",
                    "On-call engineers often need {L} in the same shift.",
                    "Read {L} as well; the two failures tend to arrive together.");

    void runbook() {
        rec.fields.leave("review_every", "spofs", "services"); // written below for some runbooks only
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
                + " on " + t.service() + ". " + prose.sentence(Sentences.SYMPTOM_BULLETS) + " " + prose.sentence(Sentences.CONTEXT)));

        Body body = new Body(target());
        String ring = prose.fill(prose.pick(RING)).replace("{L}", Inline.link(Inline.Form.ANCHOR, plan.nextRunbook(rec), null));
        body.add(new Block.Para(prose.paragraph(Sentences.CONTEXT, prose.between(2, 3)) + " " + ring));
        body.add(new Block.Heading("Symptoms"));
        body.add(new Block.Bullets(prose.sentences(Sentences.SYMPTOM_BULLETS, prose.between(3, 4))));
        body.add(new Block.Heading("Impact"));
        body.add(new Block.Para(prose.paragraph(Sentences.CONTEXT, 2)));
        body.add(signalTable(prose.between(3, 4)));
        body.add(new Block.Heading("Diagnosis"));
        body.add(steps(3, 4));
        body.add(new Block.Heading("Mitigation"));
        body.add(steps(3, 4));
        body.add(new Block.Para(prose.sentence(Sentences.CAUTION)));
        int extrasAt = body.blocks.size();
        body.add(new Block.Heading("Verification"));
        body.add(new Block.Bullets(prose.sentences(Sentences.VERIFY, 3)));
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
                    new Block.Para(prose.paragraph(Sentences.CONTEXT, prose.between(4, 6)) + maybeLink(50)));
            case 1 -> section(List.of("Known failure modes", "What usually goes wrong", "Reading the signals", "Telling causes apart"),
                    new Block.Para(prose.sentence(Sentences.CONTEXT)),
                    new Block.Bullets(prose.sentences(Sentences.DIAGNOSIS, prose.between(3, 6))));
            case 2 -> section(List.of("Things not to do", "Safety notes", "Before you touch production", "Common mistakes"),
                    new Block.Bullets(prose.sentences(Sentences.CAUTION, prose.between(3, 5))));
            case 3 -> section(List.of("History", "Why this procedure looks like this", "Lessons from past incidents", "Changes to this runbook"),
                    new Block.Para(prose.paragraph(Sentences.HISTORY, prose.between(2, 4)) + maybeLink(70)),
                    new Block.Para(prose.paragraph(Sentences.INCIDENT, 2)));
            case 4 -> section(List.of("Dependencies", "Related procedures", "Upstream and downstream", "What else breaks"),
                    new Block.Para(prose.sentence(Sentences.CONTEXT)), dependencyTable(prose.between(2, 5)));
            case 5 -> section(List.of("Manual fallback", "If automation fails", "Alternative path", "Last resort"),
                    new Block.Para(prose.paragraph(Sentences.CAUTION, 2)), steps(2, 4));
            case 6 -> section(List.of("After the incident", "Cleaning up", "Handing over"),
                    new Block.Para(prose.paragraph(Sentences.VERIFY, 2)),
                    new Block.Bullets(prose.sentences(Sentences.ACTIONS, prose.between(2, 4)).stream().map(a -> a + ".").toList()));
            default -> section(List.of("Communication", "Keeping people informed", "Who to tell"),
                    new Block.Para(prose.paragraph(Sentences.CONTEXT, prose.between(2, 3))),
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
            body.add(List.of(other.topic.component().name(), link, prose.sentence(Sentences.DIAGNOSIS)));
        }
        return new Block.Table(List.of("Dependency", "Procedure", "Notes"), body);
    }

    // --------------------------------------------------------------------------------------------------------- ADR

    void adr() {
        rec.fields.leave("owner", "supersedes", "review_by", "relations");
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
        body.add(new Block.Para(prose.paragraph(Sentences.CONTEXT, prose.between(3, 4))));
        for (Rec old : older) {
            body.add(new Block.Para("This decision replaces " + Inline.link(Inline.Form.TYPED, old, "ADR " + old.id.substring(0, 4))
                    + ". " + prose.paragraph(Sentences.LESSON, 2)));
        }
        body.add(new Block.Heading("Decision"));
        body.add(new Block.Para(prose.paragraph(Sentences.DECISION, prose.between(2, 3))));
        body.add(optionTable());
        body.add(new Block.Bullets(prose.sentences(Sentences.DECISION, prose.between(2, 3))));
        body.add(new Block.Heading("Consequences"));
        body.add(new Block.Bullets(prose.sentences(Sentences.CONSEQUENCE, prose.between(3, 4))));
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
                    new Block.Para(prose.sentence(Sentences.CONTEXT)),
                    new Block.Bullets(prose.sentences(Sentences.DECISION, prose.between(3, 5))));
            case 1 -> section(List.of("Background", "Forces at play", "Where we started", "Constraints"),
                    new Block.Para(prose.paragraph(Sentences.CONTEXT, prose.between(4, 6)) + maybeLink(60)));
            case 2 -> section(List.of("Risks", "Open questions", "What could go wrong"),
                    new Block.Bullets(prose.sentences(Sentences.CAUTION, prose.between(3, 5))));
            case 3 -> section(List.of("Lessons from incidents", "Evidence", "What the incidents showed"),
                    new Block.Para(prose.paragraph(Sentences.INCIDENT, prose.between(3, 5)) + maybeLink(80)));
            case 4 -> section(List.of("Cost", "Capacity and cost", "Budget"),
                    new Block.Para(prose.paragraph(Sentences.CONSEQUENCE, prose.between(2, 3))), optionTable());
            default -> section(List.of("Measuring success", "How we will know", "Review criteria"),
                    new Block.Bullets(prose.sentences(Sentences.VERIFY, prose.between(3, 5))));
        };
    }

    private Block optionTable() {
        List<List<String>> rows = new ArrayList<>();
        for (String strategy : someOf(Choices.allowed(Schemas.SPOF, "dr_strategy"), 3)) {
            rows.add(List.of(strategy, prose.pick(List.of("5m", "15m", "1h", "4h", "24h")),
                    prose.pick(List.of("0", "30s", "5m", "1h", "24h")), prose.between(1, 40) * 100 + " EUR per month",
                    prose.pick(List.of("low", "medium", "high"))));
        }
        return new Block.Table(List.of("Option", "RTO", "RPO", "Cost", "Operational risk"), rows);
    }

    // -------------------------------------------------------------------------------------------------- postmortem


    void postmortem() {
        rec.fields.leave("simulated", "spofs", "services");
        Rec mainRunbook = (Rec) rec.hints.get("runbook");
        LocalDate date = Planner.day(prose.rng.nextInt(Planner.spanDays()));
        rec.fields.put("owner", new Val.Plain(rec.topic.team()));
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), rec.topic.symptom().slug(), "incident")));
        rec.fields.put("date", date(date));
        rec.fields.put("severity", new Val.Plain(Choices.pick(prose.rng, Schemas.POSTMORTEM, "severity", Map.of("SEV1", 1, "SEV2", 3, "SEV3", 4, "SEV4", 2))));
        rec.fields.put("duration", new Val.Plain(prose.pick(List.of("12m", "25m", "45m", "1h", "1h12m", "1h40m", "2h30m", "4h", "6h15m"))));
        if (prose.chance(5)) {
            rec.fields.put("simulated", new Val.Plain("true"));
        }
        rec.fields.put("impact", new Val.Text(prose.paragraph(Sentences.INCIDENT, 2)));
        rec.fields.put("detection", new Val.Text(prose.fill("Paged by `{alert}` after {dur}.") + " " + prose.sentence(Sentences.INCIDENT)));
        rec.fields.put("summary", new Val.Text(prose.paragraph(Sentences.INCIDENT, prose.between(2, 3))));
        List<LinkedHashMap<String, Val>> timeline = new ArrayList<>();
        int minute = prose.between(0, 20 * 60);
        List<String> events = prose.sentences(Sentences.INCIDENT, prose.between(5, 10));
        for (int i = 0; i < events.size() && minute < 24 * 60; i++) {
            LinkedHashMap<String, Val> event = new LinkedHashMap<>();
            event.put("time", new Val.Str(String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60)));
            event.put("event", new Val.Str(events.get(i)));
            timeline.add(event);
            minute += prose.between(1, 25);
        }
        rec.fields.put("timeline", new Val.Objects(timeline));
        rec.fields.put("root_cause", new Val.Text(prose.paragraph(Sentences.LESSON, 2) + maybeLink(40)));
        rec.fields.put("contributing_factors", new Val.Texts(prose.sentences(Sentences.LESSON, prose.between(2, 3))));
        rec.fields.put("five_whys", new Val.Texts(fiveWhys()));
        rec.fields.put("went_well", new Val.Texts(prose.sentences(Sentences.LESSON, 2)));
        rec.fields.put("went_wrong", new Val.Texts(prose.sentences(Sentences.LESSON, 2)));
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
        body.add(new Block.Para(prose.paragraph(Sentences.INCIDENT, prose.between(3, 4))));
        body.add(new Block.Heading("Response"));
        body.add(new Block.Para("The responders followed " + Inline.link(Inline.Form.WIKI, mainRunbook, null) + ". "
                + prose.sentence(Sentences.INCIDENT)));
        body.add(steps(2, 4));
        body.add(new Block.Heading("Impact by the numbers"));
        body.add(impactTable());
        body.add(new Block.Heading("Lessons"));
        body.add(new Block.Bullets(prose.sentences(Sentences.LESSON, prose.between(3, 4))));
        int extrasAt = body.blocks.size();
        body.add(new Block.Heading("Follow-up"));
        body.add(new Block.Para(linkSentences(prose.between(1, 3))));
        body.fill(extrasAt, this::postmortemExtra);
        rec.body = body.blocks;
    }

    private List<String> fiveWhys() {
        List<String> lessons = prose.sentences(Sentences.LESSON, 5);
        List<String> out = new ArrayList<>(5);
        for (String lesson : lessons) {
            out.add("Why? " + lesson);
        }
        return out;
    }

    private List<Block> postmortemExtra() {
        return switch (prose.rng.nextInt(7)) {
            case 0 -> section(List.of("Detection", "How we found out", "Alerting"),
                    new Block.Para(prose.paragraph(Sentences.INCIDENT, prose.between(3, 5))));
            case 1 -> section(List.of("Why it got worse", "Contributing factors in detail", "Aggravating factors"),
                    new Block.Para(prose.sentence(Sentences.INCIDENT)),
                    new Block.Bullets(prose.sentences(Sentences.LESSON, prose.between(3, 6))));
            case 2 -> section(List.of("Recovery", "Getting back to normal", "Restoring service"),
                    new Block.Para(prose.paragraph(Sentences.INCIDENT, 2) + maybeLink(70)), steps(2, 4));
            case 3 -> section(List.of("Background", "How the system works", "Architecture at the time"),
                    new Block.Para(prose.paragraph(Sentences.CONTEXT, prose.between(4, 6)) + maybeLink(50)));
            case 4 -> section(List.of("Timeline in detail", "Minute by minute"), timelineTable(prose.between(4, 8)));
            case 5 -> section(List.of("Customer impact", "Who was affected"),
                    new Block.Para(prose.paragraph(Sentences.INCIDENT, prose.between(2, 3))), impactTable());
            default -> section(List.of("Open questions", "What we still do not know", "Further investigation"),
                    new Block.Bullets(prose.sentences(Sentences.DIAGNOSIS, prose.between(3, 5))));
        };
    }

    private Block timelineTable(int rows) {
        List<List<String>> body = new ArrayList<>(rows);
        int minute = prose.between(0, 20 * 60);
        List<String> events = prose.sentences(Sentences.INCIDENT, rows);
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

    // --------------------------------------------------------------------------------------------- any other kind

    /** A kind this generator has no filler for: tags, and a short body if its records have one; the schema does the rest. */
    void fromSchemaOnly() {
        rec.fields.put("tags", new Val.Words(distinct(rec.topic.component().slug(), rec.kind.key())));
        if (rec.form != Rec.Form.YAML) {
            Body body = new Body(target());
            body.add(new Block.Heading("Context"));
            body.add(new Block.Para(prose.paragraph(Sentences.CONTEXT, prose.between(3, 4))));
            body.fill(body.blocks.size(), () -> section(List.of("Details", "Background", "Notes"),
                    new Block.Para(prose.paragraph(Sentences.CONTEXT, prose.between(3, 5)) + maybeLink(50))));
            rec.body = body.blocks;
        }
    }
}
