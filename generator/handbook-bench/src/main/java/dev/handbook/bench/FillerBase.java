package dev.handbook.bench;

import dev.handbook.schema.Schemas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the fillers of every kind share: one record's plan, prose and random source, and the helpers that pick other
 * records, link them in sentences, build bodies to a word target and write action items.
 */
abstract class FillerBase {

    static final int MIN_WORDS = 300;
    static final int MAX_WORDS = 1500;
    /** Body targets stay this far under {@link #MAX_WORDS}: the last section added may overshoot. */
    private static final int TARGET_CEILING = 1300;

    final Planner plan;
    final Rec rec;
    final Prose prose;
    private final Set<String> usedHeadings = new HashSet<>();

    FillerBase(Planner plan, Rec rec, Prose prose) {
        this.plan = plan;
        this.rec = rec;
        this.prose = prose;
    }

    /** Collects blocks until the body reaches its word target, inserting extra sections at one place. */
    static final class Body {
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

    int target() {
        return prose.between(MIN_WORDS, TARGET_CEILING);
    }

    /** A heading (the first unused of {@code headings}) followed by {@code blocks}. */
    List<Block> section(List<String> headings, Block... blocks) {
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
    private static final List<String> LINK_BACKUP =
            List.of("The last backups are listed in {L}.", "What can be restored is in {L}.");
    private static final List<String> LINK_OTHER = List.of("See also {L}.");

    /** {@code count} sentences, each linking a random other record. */
    String linkSentences(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(linkSentence());
        }
        return String.join(" ", out);
    }

    String maybeLink(int percent) {
        return prose.chance(percent) ? " " + linkSentence() : "";
    }

    String linkSentence() {
        Rec target = other();
        List<String> templates = switch (target.kind) {
            case RUNBOOK -> LINK_RUNBOOK;
            case ADR -> LINK_ADR;
            case POSTMORTEM -> LINK_POSTMORTEM;
            case SPOF -> LINK_SPOF;
            case DRILL -> LINK_DRILL;
            case CHAOS -> LINK_CHAOS;
            case SERVICE -> LINK_SERVICE;
            case BACKUP -> LINK_BACKUP;
            default -> LINK_OTHER;
        };
        String sentence = prose.pick(templates);
        return sentence.replace("{L}", link(target));
    }

    /** A link to {@code target} in a random form; link texts never contain brackets, pipes or commas. */
    String link(Rec target) {
        int roll = prose.rng.nextInt(100);
        if (roll < 40) {
            return Inline.link(Inline.Form.TYPED, target, roll < 20 ? target.title : label(target));
        } else if (roll < 75) {
            return Inline.link(Inline.Form.WIKI, target, null);
        }
        return Inline.link(Inline.Form.WIKI_TEXT, target, label(target));
    }

    String label(Rec target) {
        return switch (target.kind) {
            case RUNBOOK -> prose.pick(List.of("the runbook", "this procedure", "the " + target.topic.component().slug() + " runbook"));
            case ADR -> "ADR " + target.id.substring(0, 4);
            case POSTMORTEM -> prose.pick(List.of("the postmortem", "the incident review"));
            case SPOF -> prose.pick(List.of("the SPOF entry", "the " + target.topic.component().slug() + " SPOF"));
            case DRILL -> prose.pick(List.of("the drill", "the last drill"));
            case CHAOS -> prose.pick(List.of("the chaos experiment", "the experiment"));
            case SERVICE -> target.title;
            case BACKUP -> prose.pick(List.of("the backup record", "the latest backups"));
            default -> "the " + target.kind.label().toLowerCase(Locale.ROOT);
        };
    }

    /** A random record other than this one. */
    Rec other() {
        List<Rec> all = plan.all;
        Rec pick = all.get(prose.rng.nextInt(all.size()));
        return pick == rec ? all.get((all.indexOf(pick) + 1) % all.size()) : pick;
    }

    /** Between {@code min} and {@code max} distinct records of {@code from} (fewer if it is smaller). */
    List<Rec> some(List<Rec> from, int min, int max) {
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

    <T> List<T> someOf(List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count && !copy.isEmpty(); i++) {
            out.add(copy.remove(prose.rng.nextInt(copy.size())));
        }
        return out;
    }

    List<String> people(int count) {
        return someOf(Vocabulary.PEOPLE, count);
    }

    Val actionItems(String prefix, LocalDate from, int count) {
        List<LinkedHashMap<String, Val>> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            LinkedHashMap<String, Val> item = new LinkedHashMap<>();
            item.put("id", new Val.Str(String.format(Locale.ROOT, "%s-%05d-%d", prefix, rec.index + 1, i)));
            item.put("title", new Val.Str(prose.sentence(Sentences.ACTIONS)));
            item.put("owner", new Val.Str(prose.chance(50) ? rec.topic.team() : prose.pick(Vocabulary.PEOPLE)));
            item.put("due", date(from.plusDays(prose.between(7, 120))));
            int roll = prose.rng.nextInt(100);
            item.put("status", new Val.Plain(Choices.pick(prose.rng, Schemas.ACTION_ITEM, "status",
                    Map.of("open", 35, "in-progress", 20, "done", 40, "wont-do", 5))));
            items.add(item);
        }
        return new Val.Objects(items);
    }

    static Val date(LocalDate date) {
        return new Val.Plain(date.toString());
    }

    static Val refs(List<Rec> records) {
        return new Val.Refs(records.stream().map(r -> r.id).toList());
    }

    static List<String> distinct(String... words) {
        return new ArrayList<>(new LinkedHashSet<>(List.of(words)));
    }

    Block steps(int min, int max) {
        int count = prose.between(min, max);
        List<Block.Step> steps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (prose.chance(70)) {
                steps.add(prose.commandStep());
            } else {
                steps.add(new Block.Step(prose.sentence(Sentences.DIAGNOSIS), null));
            }
        }
        // At least one fenced block per list, so every body has one.
        if (steps.stream().allMatch(s -> s.code() == null)) {
            steps.set(0, prose.commandStep());
        }
        return new Block.Steps(steps);
    }

}
