package dev.handbook.render.input;

import dev.handbook.freshness.ActionItemStatus;
import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.freshness.Flag;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.freshness.ReviewStatus;
import dev.handbook.model.EntryId;
import dev.handbook.model.FlagCategory;
import java.util.List;
import java.util.Map;

/** The {@link FreshnessReport} as a page reads it: the same questions, each recorded with its answer. */
public final class FreshnessReads {

    private final PageReads reads;

    FreshnessReads(PageReads reads) {
        this.reads = reads;
    }

    /** The review state of a runbook, or of an ADR with {@code review_by}; null otherwise. */
    public ReviewStatus review(EntryId id) {
        return reads.ask(new Review(id));
    }

    /** All review states, sorted by id. */
    public List<ReviewStatus> reviews() {
        return reads.ask(new Reviews());
    }

    /** The exercise states of a tracked SPOF or service (drill, chaos, backup), or an empty list. */
    public List<ExerciseStatus> exercises(EntryId id) {
        return reads.ask(new Exercises(id));
    }

    /** One exercise state of a tracked SPOF or service, or null. */
    public ExerciseStatus exercise(EntryId id, ExerciseKind kind) {
        return exercises(id).stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
    }

    /** All exercise states, sorted by target then kind. */
    public List<ExerciseStatus> allExercises() {
        return reads.ask(new AllExercises());
    }

    /** Open action items, soonest due first. */
    public List<ActionItemStatus> actionItems() {
        return reads.ask(new ActionItems());
    }

    /** The open action items of one record. */
    public List<ActionItemStatus> actionItems(EntryId source) {
        return reads.ask(new ActionItemsOf(source));
    }

    /** Every flag, worst first. */
    public List<Flag> flags() {
        return reads.ask(new Flags());
    }

    public List<Flag> flags(EntryId subject) {
        return reads.ask(new FlagsOf(subject));
    }

    public long count(FlagCategory category) {
        return flags().stream().filter(f -> f.category() == category).count();
    }

    /** Flags by owner (sorted; "unowned" for none), each list worst first. */
    public Map<String, List<Flag>> byOwner() {
        return reads.ask(new ByOwner());
    }

    record Review(EntryId id) implements Query<ReviewStatus> {
        public String about() {
            return id.name();
        }

        public ReviewStatus answer(BuildFacts facts) {
            return facts.freshness().review(id);
        }
    }

    record Reviews() implements Query<List<ReviewStatus>> {
        public List<ReviewStatus> answer(BuildFacts facts) {
            return facts.freshness().reviews();
        }
    }

    record Exercises(EntryId id) implements Query<List<ExerciseStatus>> {
        public String about() {
            return id.name();
        }

        public List<ExerciseStatus> answer(BuildFacts facts) {
            return facts.freshness().exercises(id);
        }
    }

    record AllExercises() implements Query<List<ExerciseStatus>> {
        public List<ExerciseStatus> answer(BuildFacts facts) {
            return facts.freshness().allExercises();
        }
    }

    record ActionItems() implements Query<List<ActionItemStatus>> {
        public List<ActionItemStatus> answer(BuildFacts facts) {
            return facts.freshness().actionItems();
        }
    }

    record ActionItemsOf(EntryId source) implements Query<List<ActionItemStatus>> {
        public String about() {
            return source.name();
        }

        public List<ActionItemStatus> answer(BuildFacts facts) {
            return facts.freshness().actionItems(source);
        }
    }

    record Flags() implements Query<List<Flag>> {
        public List<Flag> answer(BuildFacts facts) {
            return facts.freshness().flags();
        }
    }

    record FlagsOf(EntryId subject) implements Query<List<Flag>> {
        public String about() {
            return subject.name();
        }

        public List<Flag> answer(BuildFacts facts) {
            return facts.freshness().flags(subject);
        }
    }

    record ByOwner() implements Query<Map<String, List<Flag>>> {
        public Map<String, List<Flag>> answer(BuildFacts facts) {
            return facts.freshness().byOwner();
        }
    }
}
