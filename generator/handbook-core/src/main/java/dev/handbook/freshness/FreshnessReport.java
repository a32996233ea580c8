package dev.handbook.freshness;

import dev.handbook.model.ChangedKeys;
import dev.handbook.model.EntryId;
import dev.handbook.model.FlagCategory;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything that is going stale as of a date: review states, exercise states, open action items, and the flags
 * (worst first) that pages, the calendar and {@code handbook check} show. Immutable.
 */
public final class FreshnessReport {

    private final LocalDate asOf;
    private final Map<EntryId, ReviewStatus> reviews;
    private final List<ReviewStatus> sortedReviews;
    private final List<ExerciseStatus> sortedExercises;
    private final Map<EntryId, List<ExerciseStatus>> exercises;
    private final List<ActionItemStatus> actionItems;
    private final Map<EntryId, List<ActionItemStatus>> actionItemsBySource;
    private final List<Flag> flags;
    private final Map<EntryId, List<Flag>> flagsBySubject;

    FreshnessReport(
            LocalDate asOf,
            Map<EntryId, ReviewStatus> reviews,
            Map<EntryId, List<ExerciseStatus>> exercises,
            List<ActionItemStatus> actionItems,
            List<Flag> flags) {
        this.asOf = asOf;
        this.reviews = Map.copyOf(reviews);
        this.sortedReviews = reviews.values().stream().sorted(Comparator.comparing(ReviewStatus::id)).toList();
        this.exercises = Map.copyOf(exercises);
        this.sortedExercises = exercises.values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparing(ExerciseStatus::target).thenComparing(ExerciseStatus::kind))
                .toList();
        this.actionItems = List.copyOf(actionItems);
        this.actionItemsBySource = Map.copyOf(actionItems.stream().collect(Collectors.groupingBy(ActionItemStatus::source)));
        this.flags = List.copyOf(flags);
        this.flagsBySubject = Map.copyOf(flags.stream().collect(Collectors.groupingBy(Flag::subject)));
    }

    /** The records whose review, exercises, open action items or flags differ from {@code before}'s. */
    public Set<EntryId> changedSince(FreshnessReport before) {
        Set<EntryId> changed = new HashSet<>();
        ChangedKeys.add(before.reviews, reviews, null, changed);
        ChangedKeys.add(before.exercises, exercises, List.of(), changed);
        ChangedKeys.add(before.actionItemsBySource, actionItemsBySource, List.of(), changed);
        ChangedKeys.add(before.flagsBySubject, flagsBySubject, List.of(), changed);
        return changed;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The review state of a runbook, or of an ADR with {@code review_by}; null otherwise. */
    public ReviewStatus review(EntryId id) {
        return reviews.get(id);
    }

    /** All review states, sorted by id. */
    public List<ReviewStatus> reviews() {
        return sortedReviews;
    }

    /** The exercise states of a tracked SPOF or service (drill, chaos, backup), or an empty list. */
    public List<ExerciseStatus> exercises(EntryId id) {
        return exercises.getOrDefault(id, List.of());
    }

    /** One exercise state of a tracked SPOF or service, or null. */
    public ExerciseStatus exercise(EntryId id, ExerciseKind kind) {
        return exercises(id).stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
    }

    /** All exercise states, sorted by target then kind. */
    public List<ExerciseStatus> allExercises() {
        return sortedExercises;
    }

    /** Open action items, soonest due first. */
    public List<ActionItemStatus> actionItems() {
        return actionItems;
    }

    /** Every flag, worst first. */
    public List<Flag> flags() {
        return flags;
    }

    public List<Flag> flags(EntryId subject) {
        return flagsBySubject.getOrDefault(subject, List.of());
    }

    /** The open action items of one record. */
    public List<ActionItemStatus> actionItems(EntryId source) {
        return actionItemsBySource.getOrDefault(source, List.of());
    }

    public long count(FlagCategory category) {
        return flags.stream().filter(f -> f.category() == category).count();
    }

    /** Flags by owner (sorted; "unowned" for none), each list worst first. */
    public Map<String, List<Flag>> byOwner() {
        return flags.stream()
                .collect(Collectors.groupingBy(f -> f.owner().isEmpty() ? "unowned" : f.owner(), TreeMap::new, Collectors.toList()));
    }
}
