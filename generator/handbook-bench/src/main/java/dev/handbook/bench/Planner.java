package dev.handbook.bench;

import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.schema.Schemas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plans a synthetic handbook: decides every record's id, topic and references from a plan random source, then fills
 * fields and bodies from one random source per record, all derived from the seed. The clock is never read.
 *
 * <p>Guarantees the handbook builds without diagnostics under {@code --strict}: ids are unique, every reference names
 * an existing record of an accepted kind, every runbook is linked from the previous runbook (a ring, so never only by
 * itself), every SPOF has a runbook, every action item has an owner and a due date, ADRs only supersede older accepted
 * ADRs (no cycles) and those are marked superseded.
 */
final class Planner {

    static final int MIN_RECORDS = 2;
    static final int MAX_ADRS = 9999;
    private static final LocalDate EPOCH = LocalDate.of(2023, 1, 2);
    private static final int SPAN_DAYS = 1414; // up to 2026-11-16

    private final long seed;
    private final Mix counts;
    private final int asciidocShare;
    private final SplittableRandom planRng;

    /** The planned records of each kind, in the model's order of kinds. */
    private final Map<EntryKind, List<Rec>> byKind = new EnumMap<>(EntryKind.class);
    final List<Rec> services = recordsOf(EntryKind.SERVICE);
    final List<Rec> runbooks = recordsOf(EntryKind.RUNBOOK);
    final List<Rec> spofs = recordsOf(EntryKind.SPOF);
    final List<Rec> adrs = recordsOf(EntryKind.ADR);
    final List<Rec> postmortems = recordsOf(EntryKind.POSTMORTEM);
    final List<Rec> drills = recordsOf(EntryKind.DRILL);
    final List<Rec> chaos = recordsOf(EntryKind.CHAOS);
    final List<Rec> backups = recordsOf(EntryKind.BACKUP);
    final List<Rec> all = new ArrayList<>();

    // Planned relations, by index.
    private int[] spofRunbook;
    private int[] spofService;
    private int[] adrSupersedes; // -1, or the index of the older ADR (a second one in adrSupersedes2)
    private int[] adrSupersedes2;
    private String[] adrStatus;
    private LocalDate[] adrDate;

    Planner(long seed, int records, int asciidocShare) {
        if (records < MIN_RECORDS) {
            throw new IllegalArgumentException("--records must be at least " + MIN_RECORDS
                    + ": every runbook must be linked from another record");
        }
        this.seed = seed;
        this.counts = Mix.of(records);
        if (counts.of(EntryKind.ADR) > MAX_ADRS) {
            throw new IllegalArgumentException("--records is too large: ADR numbers have four digits, so at most "
                    + MAX_ADRS + " ADRs (" + (MAX_ADRS * 5 + 4) + " records)");
        }
        if (asciidocShare < 0 || asciidocShare > 100) {
            throw new IllegalArgumentException("--asciidoc-share must be between 0 and 100");
        }
        this.asciidocShare = asciidocShare;
        this.planRng = new SplittableRandom(mix(seed, 0x5eedL));
    }

    Mix counts() {
        return counts;
    }

    /**
     * Plans every record (id, title, topic, relations) and returns them in writing order. Fields and bodies are
     * filled one record at a time by {@link #fill}, so a large handbook never has to be held in memory.
     */
    List<Rec> plan() {
        planServices();
        planRunbooks();
        planSpofs();
        planAdrs();
        planPostmortems();
        planDrills();
        planChaos();
        planBackups();
        for (EntryKind kind : EntryKind.values()) {
            if (recordsOf(kind).isEmpty()) {
                planFromSchemaOnly(kind);
            }
            all.addAll(recordsOf(kind));
        }
        return all;
    }

    /** The planned records of {@code kind} (a live list while planning). */
    List<Rec> recordsOf(EntryKind kind) {
        return byKind.computeIfAbsent(kind, k -> new ArrayList<>());
    }

    /** Fills a planned record's fields and body, from a random source of its own: the order of filling is free. */
    void fill(Rec rec) {
        Filler.fill(this, rec, new SplittableRandom(mix(seed, rec.kind.ordinal() * 1_000_003L + rec.index)));
    }

    // ---------------------------------------------------------------------------------------------------- planning

    private void planServices() {
        List<String> names = Vocabulary.SERVICES;
        for (int i = 0; i < counts.of(EntryKind.SERVICE); i++) {
            String name = names.get(i % names.size()) + (i >= names.size() ? "-" + (i / names.size() + 1) : "");
            Vocabulary.Topic topic = topic(pick(Vocabulary.COMPONENTS), name);
            services.add(new Rec(EntryKind.SERVICE, i, String.format(Locale.ROOT, "svc-%05d-%s", i + 1, name), name,
                    Rec.Form.YAML, topic));
        }
    }

    private void planRunbooks() {
        boolean[] asciidoc = new boolean[counts.of(EntryKind.RUNBOOK)];
        int adocCount = (int) Math.round(counts.of(EntryKind.RUNBOOK) * asciidocShare / 100.0);
        int[] order = permutation(counts.of(EntryKind.RUNBOOK));
        for (int i = 0; i < adocCount; i++) {
            asciidoc[order[i]] = true;
        }
        for (int i = 0; i < counts.of(EntryKind.RUNBOOK); i++) {
            Vocabulary.Component component = pick(Vocabulary.COMPONENTS);
            Vocabulary.Topic topic = topic(component, serviceName());
            String id = String.format(Locale.ROOT, "rb-%05d-%s-%s", i + 1, component.slug(), topic.symptom().slug());
            String title = capitalize(component.name()) + " " + topic.symptom().phrase();
            runbooks.add(new Rec(EntryKind.RUNBOOK, i, id, title, asciidoc[i] ? Rec.Form.ASCIIDOC : Rec.Form.MARKDOWN, topic));
        }
    }

    private static final List<String> SPOF_QUALIFIERS =
            List.of("single writer", "shared instance", "only region", "control plane", "leader", "single zone",
                    "shared credentials", "one cluster for everything", "manual failover");

    private void planSpofs() {
        spofRunbook = new int[counts.of(EntryKind.SPOF)];
        spofService = new int[counts.of(EntryKind.SPOF)];
        int[] order = permutation(counts.of(EntryKind.RUNBOOK));
        for (int i = 0; i < counts.of(EntryKind.SPOF); i++) {
            spofRunbook[i] = order[i % order.length];
            spofService[i] = services.isEmpty() ? -1 : planRng.nextInt(services.size());
            Rec runbook = runbooks.get(spofRunbook[i]);
            Vocabulary.Component component = runbook.topic.component();
            Vocabulary.Topic topic = new Vocabulary.Topic(component, runbook.topic.symptom(),
                    spofService[i] < 0 ? runbook.topic.service() : services.get(spofService[i]).title,
                    runbook.topic.team(), runbook.topic.alert());
            String id = String.format(Locale.ROOT, "spof-%05d-%s", i + 1, component.slug());
            String title = capitalize(component.name()) + " (" + pick(SPOF_QUALIFIERS) + ")";
            spofs.add(new Rec(EntryKind.SPOF, i, id, title, Rec.Form.YAML, topic));
        }
    }

    private static final List<String> ADR_TITLES =
            List.of(
                    "Use {strategy} for {C}",
                    "{verb} {subject} of {C}",
                    "Run {C} across three zones",
                    "Move {C} to a managed offering",
                    "Page {team} directly for {C}",
                    "Keep {C} out of the request path of {svc}",
                    "{verb} {subject} for {svc}",
                    "Set recovery targets for {C}");

    private void planAdrs() {
        int n = counts.of(EntryKind.ADR);
        adrSupersedes = new int[n];
        adrSupersedes2 = new int[n];
        adrStatus = new String[n];
        adrDate = new LocalDate[n];
        int[] days = new int[n];
        for (int i = 0; i < n; i++) {
            days[i] = planRng.nextInt(SPAN_DAYS);
        }
        Arrays.sort(days);
        Vocabulary.Topic[] topics = new Vocabulary.Topic[n];
        for (int j = 0; j < n; j++) {
            adrDate[j] = EPOCH.plusDays(days[j]);
            adrSupersedes[j] = -1;
            adrSupersedes2[j] = -1;
            int older = j > 0 && planRng.nextInt(100) < 15 ? supersedable(j) : -1;
            if (older >= 0) {
                adrSupersedes[j] = older;
                adrStatus[older] = "superseded";
                adrStatus[j] = "accepted";
                topics[j] = topics[older];
                if (planRng.nextInt(100) < 20) {
                    int second = supersedable(j);
                    if (second >= 0) {
                        adrSupersedes2[j] = second;
                        adrStatus[second] = "superseded";
                    }
                }
            } else {
                int roll = planRng.nextInt(100);
                adrStatus[j] = roll < 70 ? "accepted" : roll < 82 ? "proposed" : roll < 92 ? "deprecated" : "rejected";
                topics[j] = topic(pick(Vocabulary.COMPONENTS), serviceName());
            }
        }
        for (int j = 0; j < n; j++) {
            String title;
            if (adrSupersedes[j] >= 0) {
                title = stripRevision(adrs.get(adrSupersedes[j]).title) + " (revision " + (revision(adrSupersedes[j]) + 1) + ")";
            } else {
                Prose prose = new Prose(planRng, topics[j]);
                title = prose.fill(pick(ADR_TITLES)
                        .replace("{verb}", pick(Vocabulary.DECISION_VERBS))
                        .replace("{subject}", pick(Vocabulary.DECISION_SUBJECTS)));
                title = capitalize(title);
            }
            String id = String.format(Locale.ROOT, "%04d-%s", j + 1, slug(stripRevision(title), 6));
            adrs.add(new Rec(EntryKind.ADR, j, id, title, Rec.Form.MARKDOWN, topics[j]));
        }
    }

    /** An older accepted ADR among the last 40 that nothing supersedes yet, or -1. */
    private int supersedable(int j) {
        int from = Math.max(0, j - 40);
        int start = from + planRng.nextInt(j - from);
        for (int k = 0; k < j - from; k++) {
            int candidate = from + (start - from + k) % (j - from);
            if ("accepted".equals(adrStatus[candidate])) {
                return candidate;
            }
        }
        return -1;
    }

    private int revision(int adr) {
        int revisions = 1;
        for (int k = adrSupersedes[adr]; k >= 0; k = adrSupersedes[k]) {
            revisions++;
        }
        return revisions;
    }

    private static String stripRevision(String title) {
        int at = title.indexOf(" (revision ");
        return at < 0 ? title : title.substring(0, at);
    }

    private static final List<String> INCIDENT_QUALIFIERS =
            List.of("during peak traffic", "after a routine deploy", "during a maintenance window", "on a Monday morning",
                    "in one zone", "across all regions", "after a certificate rotation", "during a traffic surge");

    private void planPostmortems() {
        for (int i = 0; i < counts.of(EntryKind.POSTMORTEM); i++) {
            Rec runbook = runbooks.get(planRng.nextInt(runbooks.size()));
            Vocabulary.Topic topic = runbook.topic;
            String id = String.format(Locale.ROOT, "pm-%05d-%s-%s", i + 1, topic.component().slug(), topic.symptom().slug());
            String title = capitalize(topic.component().name()) + " " + topic.symptom().phrase() + " " + pick(INCIDENT_QUALIFIERS);
            Rec rec = new Rec(EntryKind.POSTMORTEM, i, id, title, Rec.Form.MARKDOWN, topic);
            rec.hints.put("runbook", runbook);
            postmortems.add(rec);
        }
    }

    /** How the drill kinds the schema allows are named in titles; a kind not listed is named by its own words. */
    private static final Map<String, String> DRILL_TITLE =
            Map.of("dr-drill", "DR drill", "game-day", "Game day", "backup-restore", "Backup restore test", "tabletop", "Tabletop");
    private static final List<String> DRILL_SCENARIOS =
            List.of("loss of the primary", "zone evacuation", "restore into a clean account", "loss of quorum",
                    "expired credentials", "failed upgrade rollback", "regional failover", "corrupted data volume");

    private void planDrills() {
        for (int i = 0; i < counts.of(EntryKind.DRILL); i++) {
            Rec spof = spofs.get(planRng.nextInt(spofs.size()));
            List<String> kinds = Choices.allowed(Schemas.DRILL, "kind");
            String kind = kinds.get(planRng.nextInt(kinds.size()));
            String scenario = pick(DRILL_SCENARIOS);
            String id = String.format(Locale.ROOT, "drill-%05d-%s-%s", i + 1, spof.topic.component().slug(), kind);
            String title = DRILL_TITLE.getOrDefault(kind, capitalize(kind.replace('-', ' '))) + ": " + spof.topic.component().name() + " — " + scenario;
            Rec rec = new Rec(EntryKind.DRILL, i, id, title, Rec.Form.YAML, spof.topic);
            rec.hints.put("spof", spof);
            rec.hints.put("kind", kind);
            drills.add(rec);
        }
    }

    private static final List<String> CHAOS_FAULTS =
            List.of("pod-kill", "network-latency", "zone-blackhole", "leader-stop", "memory-pressure");
    private static final List<String> CHAOS_TITLES =
            List.of("Kill a {C} pod", "Add latency in front of {C}", "Blackhole {C} in one zone",
                    "Stop the {C} leader", "Memory pressure on {C}");

    private void planChaos() {
        for (int i = 0; i < counts.of(EntryKind.CHAOS); i++) {
            Rec spof = spofs.get(planRng.nextInt(spofs.size()));
            int fault = planRng.nextInt(CHAOS_FAULTS.size());
            String id = String.format(Locale.ROOT, "chaos-%05d-%s-%s", i + 1, spof.topic.component().slug(), CHAOS_FAULTS.get(fault));
            String title = CHAOS_TITLES.get(fault).replace("{C}", spof.topic.component().name());
            Rec rec = new Rec(EntryKind.CHAOS, i, id, title, Rec.Form.YAML, spof.topic);
            rec.hints.put("spof", spof);
            rec.hints.put("fault", fault);
            chaos.add(rec);
        }
    }

    private void planBackups() {
        for (int i = 0; i < counts.of(EntryKind.BACKUP); i++) {
            Rec spof = spofs.isEmpty() ? null : spofs.get(planRng.nextInt(spofs.size()));
            Vocabulary.Topic topic = spof == null ? topic(pick(Vocabulary.COMPONENTS), serviceName()) : spof.topic;
            String id = String.format(Locale.ROOT, "backup-%05d-%s", i + 1, topic.component().slug());
            Rec rec = new Rec(EntryKind.BACKUP, i, id, "Backups of the " + topic.component().name(), Rec.Form.YAML, topic);
            rec.hints.put("spof", spof);
            backups.add(rec);
        }
    }

    /** Records of a kind with no planner of its own (one new to the model): a topic, an id and a title. */
    private void planFromSchemaOnly(EntryKind kind) {
        Rec.Form form = kind.accepts(SourceFormat.YAML) ? Rec.Form.YAML : Rec.Form.MARKDOWN;
        for (int i = 0; i < counts.of(kind); i++) {
            Vocabulary.Topic topic = topic(pick(Vocabulary.COMPONENTS), serviceName());
            String id = String.format(Locale.ROOT, "%s-%05d-%s", kind.key(), i + 1, topic.component().slug());
            recordsOf(kind).add(new Rec(kind, i, id, capitalize(topic.component().name()) + " " + kind.label().toLowerCase(Locale.ROOT),
                    form, topic));
        }
    }

    // ---------------------------------------------------------------------------------------------- for the filler

    Rec spofRunbook(Rec spof) {
        return runbooks.get(spofRunbook[spof.index]);
    }

    Rec spofService(Rec spof) {
        return spofService[spof.index] < 0 ? null : services.get(spofService[spof.index]);
    }

    /** The SPOFs whose {@code runbook:} is this runbook. */
    List<Rec> spofsOf(Rec runbook) {
        List<Rec> out = new ArrayList<>();
        for (int i = 0; i < spofRunbook.length; i++) {
            if (spofRunbook[i] == runbook.index) {
                out.add(spofs.get(i));
            }
        }
        return out;
    }

    String adrStatus(Rec adr) {
        return adrStatus[adr.index];
    }

    LocalDate adrDate(Rec adr) {
        return adrDate[adr.index];
    }

    List<Rec> adrSupersedes(Rec adr) {
        List<Rec> out = new ArrayList<>(2);
        if (adrSupersedes[adr.index] >= 0) {
            out.add(adrs.get(adrSupersedes[adr.index]));
        }
        if (adrSupersedes2[adr.index] >= 0) {
            out.add(adrs.get(adrSupersedes2[adr.index]));
        }
        return out;
    }

    Rec nextRunbook(Rec runbook) {
        return runbooks.get((runbook.index + 1) % runbooks.size());
    }

    static LocalDate day(int offset) {
        return EPOCH.plusDays(offset);
    }

    static int spanDays() {
        return SPAN_DAYS;
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private Vocabulary.Topic topic(Vocabulary.Component component, String service) {
        List<Vocabulary.Symptom> fitting = Vocabulary.SYMPTOMS.stream().filter(s -> s.fits(component)).toList();
        Vocabulary.Symptom symptom = fitting.get(planRng.nextInt(fitting.size()));
        String alert = camel(component.slug()) + camel(symptom.slug());
        return new Vocabulary.Topic(component, symptom, service, pick(Vocabulary.TEAMS), alert);
    }

    private String serviceName() {
        return services.isEmpty() ? pick(Vocabulary.SERVICES) : services.get(planRng.nextInt(services.size())).title;
    }

    private <T> T pick(List<T> list) {
        return list.get(planRng.nextInt(list.size()));
    }

    private int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = planRng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String camel(String slug) {
        StringBuilder out = new StringBuilder();
        for (String part : slug.split("-")) {
            out.append(capitalize(part));
        }
        return out.toString();
    }

    /** Lower-case kebab-case of the first {@code maxWords} words, ASCII letters and digits only. */
    static String slug(String title, int maxWords) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String word : title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (words++ == maxWords) {
                break;
            }
            if (!out.isEmpty()) {
                out.append('-');
            }
            out.append(word);
        }
        return out.isEmpty() ? "decision" : out.toString();
    }

    /** A 64-bit mix (SplitMix64 finaliser) of the seed and a salt, so each record has its own stream. */
    static long mix(long seed, long salt) {
        long z = seed + 0x9E3779B97F4A7C15L * (salt + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
