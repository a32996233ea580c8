package dev.handbook.freshness;

import dev.handbook.model.ChangedKeys;
import dev.handbook.model.EntryId;
import dev.handbook.model.FlagCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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

    /** Takes the maps and lists over: only the evaluator makes a report, and it lets go of them. */
    FreshnessReport(
            LocalDate asOf,
            Map<EntryId, ReviewStatus> reviews,
            Map<EntryId, List<ExerciseStatus>> exercises,
            List<ActionItemStatus> actionItems,
            List<Flag> flags) {
        this.asOf = asOf;
        this.reviews = Collections.unmodifiableMap(reviews);
        this.sortedReviews = sorted(reviews.values(), (a, b) -> a.id().compareTo(b.id()));
        this.exercises = Collections.unmodifiableMap(exercises);
        List<ExerciseStatus> allExercises = new ArrayList<>();
        exercises.values().forEach(allExercises::addAll);
        this.sortedExercises = sorted(allExercises, (a, b) -> {
            int byTarget = a.target().compareTo(b.target());
            return byTarget != 0 ? byTarget : a.kind().compareTo(b.kind());
        });
        this.actionItems = Collections.unmodifiableList(actionItems);
        this.actionItemsBySource = grouped(actionItems, ActionItemStatus::source);
        this.flags = Collections.unmodifiableList(flags);
        this.flagsBySubject = grouped(flags, Flag::subject);
    }

    private static <T> Map<EntryId, List<T>> grouped(List<T> items, Function<T, EntryId> key) {
        Map<EntryId, List<T>> groups = new HashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>(2)).add(item);
        }
        groups.replaceAll((k, group) -> Collections.unmodifiableList(group));
        return Collections.unmodifiableMap(groups);
    }

    /** Comparators written out, not composed: a rebuild at 10,000 records sorts every review again. */
    private static <T> List<T> sorted(Collection<T> items, Comparator<T> order) {
        List<T> list = new ArrayList<>(items);
        list.sort(order);
        return Collections.unmodifiableList(list);
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
