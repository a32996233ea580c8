package dev.handbook.freshness;

import dev.handbook.catalog.Catalog;
import dev.handbook.config.HandbookConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.ActionItem;
import dev.handbook.model.Adr;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.Cadence;
import dev.handbook.model.DrStrategy;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Runbook;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.verify.VerificationReport;
import dev.handbook.xref.XrefGraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The freshness stage: judges every review date, exercise cadence and action item against the as-of date.
 *
 * <p>Rules: a review is due {@code review_every} after {@code last_reviewed} and is due soon within
 * {@code review.due_soon} of that (the due date itself included), stale after it. A SPOF is exercised by the newest
 * drill (dr-drill or game-day, not failed), chaos experiment (held or broken; aborted or without a recorded result it
 * does not count) and backup-restore drill (not failed)
 * that targets it, dated on or before the as-of date; it is overdue the day after the last one plus its cadence. Its
 * cadence is its own, else its service's, else the site's; {@code none} means not required. Services are tracked
 * only when they set a cadence. Backups taken (backup records) and restores verified (backup-restore drills, passing
 * {@code proves: restore} snippets of this run's verification) are two requirements with their own cadence, both
 * asked for where the SPOF or service itself sets a {@code backup} or {@code restore} cadence, or where the DR
 * strategy is backup-restore; see
 * {@link ExerciseEvidence}.
 */
public final class FreshnessEvaluator {

    /** By category, soonest due, subject, message; written out, as a rebuild at 10,000 records sorts thousands of flags. */
    private static final Comparator<Flag> WORST_FIRST = (a, b) -> {
        int order = a.category().compareTo(b.category());
        if (order == 0) {
            order = Long.compare(a.daysLeft(), b.daysLeft());
        }
        if (order == 0) {
            order = a.subject().compareTo(b.subject());
        }
        return order != 0 ? order : a.message().compareTo(b.message());
    };

    public FreshnessReport evaluate(Catalog catalog, XrefGraph graph, HandbookConfig config, LocalDate asOf, VerificationReport verification,
            Diagnostics diagnostics) {
        ExerciseEvidence evidence = new ExerciseEvidence(catalog, graph, verification, asOf);
        Map<EntryId, ReviewStatus> reviews = new HashMap<>();
        Map<EntryId, List<ExerciseStatus>> exercises = new HashMap<>();
        List<ActionItemStatus> actions = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        FlagWriter flag = new FlagWriter(catalog, flags);

        for (Runbook runbook : catalog.ofKind(EntryKind.RUNBOOK, Runbook.class)) {
            ReviewStatus status = runbookReview(runbook, config, asOf);
            reviews.put(runbook.id(), status);
            flag.review(status);
        }
        for (Adr adr : catalog.ofKind(EntryKind.ADR, Adr.class)) {
            if (adr.reviewBy() != null && (adr.status() == AdrStatus.ACCEPTED || adr.status() == AdrStatus.PROPOSED)) {
                long days = ChronoUnit.DAYS.between(asOf, adr.reviewBy());
                ReviewStatus status = new ReviewStatus(adr.id(), reviewState(asOf, adr.reviewBy(), config.dueSoon()), null, null, adr.reviewBy(), days);
                reviews.put(adr.id(), status);
                flag.review(status);
            }
        }
        for (Spof spof : catalog.ofKind(EntryKind.SPOF, Spof.class)) {
            Optional<Service> service = service(catalog, spof);
            Cadence own = spof.cadence().orElse(service.map(Service::cadence).orElse(Cadence.NONE));
            DrStrategy strategy = spof.drStrategy() != null ? spof.drStrategy() : service.map(Service::drStrategy).orElse(null);
            track(spof.id(), spof.since(), own, spof.cadence().asksForBackups(), strategy, evidence, config, asOf, exercises, flag);
        }
        for (Service service : catalog.ofKind(EntryKind.SERVICE, Service.class)) {
            if (service.cadence().isSet()) {
                track(service.id(), null, service.cadence(), service.cadence().asksForBackups(), service.drStrategy(), evidence, config, asOf, exercises, flag);
            }
        }
        for (Entry entry : catalog.entries()) {
            for (ActionItem item : entry.actionItems()) {
                if (!item.isOpen()) {
                    continue;
                }
                warnIfUnassigned(entry, item, diagnostics);
                long days = item.due() == null ? 0 : ChronoUnit.DAYS.between(asOf, item.due());
                ActionItemStatus status = new ActionItemStatus(entry.id(), item, item.due() != null && days < 0, days);
                actions.add(status);
                flag.actionItem(status);
            }
        }
        actions.sort(Comparator.comparing((ActionItemStatus a) -> a.item().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ActionItemStatus::source).thenComparing(a -> a.item().id()));
        flags.sort(WORST_FIRST);
        return new FreshnessReport(asOf, reviews, exercises, actions, flags);
    }

    static ReviewStatus runbookReview(Runbook runbook, HandbookConfig config, LocalDate asOf) {
        Period every = runbook.reviewEvery() != null ? runbook.reviewEvery() : config.reviewEvery();
        if (runbook.lastReviewed() == null) {
            return new ReviewStatus(runbook.id(), ReviewState.NEVER_REVIEWED, null, every, null, 0);
        }
        LocalDate due = runbook.lastReviewed().plus(every);
        return new ReviewStatus(runbook.id(), reviewState(asOf, due, config.dueSoon()), runbook.lastReviewed(), every, due, ChronoUnit.DAYS.between(asOf, due));
    }

    static ReviewState reviewState(LocalDate asOf, LocalDate due, Period dueSoon) {
        if (asOf.isAfter(due)) {
            return ReviewState.STALE;
        }
        return asOf.isBefore(due.minus(dueSoon)) ? ReviewState.FRESH : ReviewState.DUE_SOON;
    }

    private static void track(
            EntryId target, LocalDate since, Cadence own, boolean asksForBackups, DrStrategy strategy, ExerciseEvidence evidence, HandbookConfig config, LocalDate asOf,
            Map<EntryId, List<ExerciseStatus>> exercises, FlagWriter flag) {
        Cadence cadence = own.orElse(config.cadence());
        // Taken and verified are asked for together (a backup no one restores from is not a backup), by the record's own
        // cadence or its DR strategy: a service's backups do not make every SPOF of the service hold backups.
        boolean backups = asksForBackups || strategy == DrStrategy.BACKUP_RESTORE;
        Map<ExerciseKind, List<ExerciseEvidence.Done>> done = evidence.of(target);
        List<ExerciseStatus> statuses = List.of(
                exercise(target, ExerciseKind.DRILL, cadence.drill(), done, since, asOf),
                exercise(target, ExerciseKind.CHAOS, cadence.chaos(), done, since, asOf),
                exercise(target, ExerciseKind.BACKUP, backups ? cadence.backup() : Period.ZERO, done, since, asOf),
                exercise(target, ExerciseKind.RESTORE, backups ? cadence.restore() : Period.ZERO, done, since, asOf));
        exercises.put(target, statuses);
        statuses.forEach(flag::exercise);
    }

    /** @param since the day the target was identified, or null: its first exercise is due one period after it */
    private static ExerciseStatus exercise(EntryId target, ExerciseKind kind, Period every, Map<ExerciseKind, List<ExerciseEvidence.Done>> done,
            LocalDate since, LocalDate asOf) {
        Optional<ExerciseEvidence.Done> last = done.get(kind).stream()
                .max(Comparator.comparing(ExerciseEvidence.Done::time).thenComparing(ExerciseEvidence.Done::id));
        EntryId id = last.map(ExerciseEvidence.Done::id).orElse(null);
        LocalDate day = last.map(ExerciseEvidence.Done::day).orElse(null);
        Instant time = last.filter(ExerciseEvidence.Done::exact).map(ExerciseEvidence.Done::time).orElse(null);
        long age = day == null ? 0 : ChronoUnit.DAYS.between(day, asOf);
        if (every == null || every.isZero()) {
            return new ExerciseStatus(target, kind, ExerciseState.NOT_REQUIRED, null, id, day, time, null, 0, age);
        }
        if (last.isEmpty()) {
            LocalDate first = since == null ? null : since.plus(every);
            if (first != null && !asOf.isAfter(first)) {
                return new ExerciseStatus(target, kind, ExerciseState.FIRST_DUE, every, null, null, null, first, ChronoUnit.DAYS.between(asOf, first), 0);
            }
            return new ExerciseStatus(target, kind, ExerciseState.NEVER_EXERCISED, every, null, null, null, first, first == null ? 0 : ChronoUnit.DAYS.between(asOf, first), 0);
        }
        LocalDate due = day.plus(every);
        long days = ChronoUnit.DAYS.between(asOf, due);
        return new ExerciseStatus(target, kind, days < 0 ? ExerciseState.OVERDUE : ExerciseState.CURRENT, every, id, day, time, due, days, age);
    }

    private static Optional<Service> service(Catalog catalog, Spof spof) {
        return spof.service() == null
                ? Optional.empty()
                : catalog.find(spof.service().target()).filter(Service.class::isInstance).map(Service.class::cast);
    }

    private static void warnIfUnassigned(Entry entry, ActionItem item, Diagnostics diagnostics) {
        if (item.owner().isBlank()) {
            diagnostics.warning("action.owner", item.where(), "Open action item '" + item.id() + "' has no owner.",
                    "Set `owner:` so someone is accountable, or close it with `status: wont-do`.");
        }
        if (item.due() == null) {
            diagnostics.warning("action.due", item.where(), "Open action item '" + item.id() + "' has no due date.",
                    "Set `due: YYYY-MM-DD` so it can become overdue and be chased.");
        }
    }
}
