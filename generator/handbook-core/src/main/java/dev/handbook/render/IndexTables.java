package dev.handbook.render;

import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import dev.handbook.render.input.EntrySummary;
import dev.handbook.render.input.PageLinks;
import dev.handbook.model.Formats;
import static dev.handbook.render.IndexTable.Cell.badge;
import static dev.handbook.render.IndexTable.Cell.link;
import static dev.handbook.render.IndexTable.Cell.plain;

import dev.handbook.render.input.CatalogReads;
import dev.handbook.freshness.ActionItemStatus;
import dev.handbook.freshness.ExerciseKind;
import dev.handbook.freshness.ExerciseStatus;
import dev.handbook.render.input.FreshnessReads;
import dev.handbook.freshness.ReviewStatus;
import dev.handbook.model.EntryId;
import dev.handbook.model.Adr;
import dev.handbook.model.Backup;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.Drill;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Postmortem;
import dev.handbook.model.Reference;
import dev.handbook.model.Runbook;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns, order and rows of each kind's index page (its records with their key fields), which {@link IndexView} puts together from one answer per row. */
public final class IndexTables {

    private final CatalogReads catalog;
    private final PageLinks links;
    private final FreshnessReads freshness;
    private final dev.handbook.render.input.ConversionReads conversions;
    private final dev.handbook.render.input.VerificationReads verification;
    private final dev.handbook.render.input.GraphReads graph;

    public IndexTables(RenderInput input, PageLinks links) {
        this.catalog = input.catalog();
        this.links = links;
        this.freshness = input.freshness();
        this.conversions = input.conversions();
        this.verification = input.verification();
        this.graph = input.graph();
    }

    /** The table of {@code rows}, without the columns that are empty in every row (a services index with no drills shows no Drill column). */
    static IndexTable table(EntryKind kind, List<List<IndexTable.Cell>> rows) {
        List<String> columns = columns(kind);
        List<Integer> shown = java.util.stream.IntStream.range(0, columns.size())
                .filter(c -> rows.isEmpty() || rows.stream().anyMatch(row -> !row.get(c).text().isEmpty()))
                .boxed().toList();
        return new IndexTable(shown.stream().map(columns::get).toList(), rows.stream().map(row -> shown.stream().map(row::get).toList()).toList());
    }

    private static List<String> columns(EntryKind kind) {
        return switch (kind) {
            case RUNBOOK -> List.of("Runbook", "Owner", "Review", "Last reviewed", "Next due", "Covers", "Verified");
            case ADR -> List.of("#", "Decision", "Status", "Date", "Review by");
            case POSTMORTEM -> List.of("Date", "Incident", "Severity", "Duration", "Type", "Action items");
            // what to follow and what is overdue first, so they are on screen without scrolling; the targets after
            case SPOF -> List.of("SPOF", "Status", "Runbook", "Drill", "Chaos", "Backup taken", "Restore verified", "Service", "RTO", "RPO",
                    "DR strategy");
            case DRILL -> List.of("Date", "Drill", "Kind", "Outcome", "RTO measured / target", "RPO measured / target", "Action items");
            case CHAOS -> List.of("Date", "Experiment", "Result", "Targets", "Tool", "Action items");
            case SERVICE -> List.of("Service", "Tier", "RTO", "RPO", "DR strategy", "Depends on", "Drill", "Chaos", "Backup taken", "Restore verified");
            case BACKUP -> List.of("Backup", "Tool", "Targets", "Last taken", "Backups", "Status");
            default -> throw new IllegalArgumentException("No index for " + kind);
        };
    }

    /** The kind's records in the order of its index. */
    List<? extends Entry> ordered(EntryKind kind) {
        return switch (kind) {
            case RUNBOOK, SPOF -> catalog.ofKind(kind);
            // Numbered ADRs by number; those read without one (named by date) after them, by date.
            case ADR -> sorted(catalog.ofKind(kind, Adr.class), Comparator.comparing((Adr a) -> a.number() == 0).thenComparingInt(Adr::number)
                    .thenComparing(Adr::date, Comparator.nullsLast(Comparator.naturalOrder())));
            case POSTMORTEM -> sorted(catalog.ofKind(kind, Postmortem.class), Comparator.comparing(Postmortem::date).reversed());
            case DRILL -> sorted(catalog.ofKind(kind, Drill.class), Comparator.comparing(Drill::date).reversed());
            case CHAOS -> sorted(catalog.ofKind(kind, ChaosExperiment.class), Comparator.comparing(ChaosExperiment::date).reversed());
            case SERVICE -> sorted(catalog.ofKind(kind, Service.class), Comparator.comparing(Service::tier).thenComparing(s -> s.id().name()));
            case BACKUP -> sorted(catalog.ofKind(kind, Backup.class),
                    Comparator.comparing((Backup b) -> b.time().orElse(java.time.Instant.MIN)).reversed().thenComparing(Backup::id));
            default -> throw new IllegalArgumentException("No index for " + kind);
        };
    }

    private static <T> List<T> sorted(List<T> entries, Comparator<? super T> order) {
        return entries.stream().sorted(order).toList();
    }

    /** One record's row, a cell for each of its kind's columns. */
    List<IndexTable.Cell> row(Entry entry) {
        switch (entry.id().kind()) {
            case RUNBOOK: {
                Runbook r = (Runbook) entry;
                ReviewStatus review = freshness.review(r.id());
                return List.of(title(r), plain(r.meta().owner()), reviewBadge(review),
                        plain(r.lastReviewed() == null ? "never" : r.lastReviewed().toString()),
                        plain(review.due() == null ? "now" : review.due() + " (every " + Formats.period(review.every()) + ")"),
                        plain(names(r.spofs(), r.services())), verifiedBadge(r));
            }
            case ADR: {
                Adr a = (Adr) entry;
                return List.of(plain(a.number() == 0 ? "" : String.format("ADR-%04d", a.number())), title(a),
                        status(a), plain(a.date().toString()),
                        freshness.review(a.id()) == null ? plain(a.reviewBy() == null ? "" : a.reviewBy().toString())
                                : badge(a.reviewBy() + " · " + words(freshness.review(a.id()).state()), tone(freshness.review(a.id()).state())));
            }
            case POSTMORTEM: {
                Postmortem p = (Postmortem) entry;
                return List.of(plain(p.date().toString()), title(p),
                        badge(p.severity().wire(), EntrySummary.tone(p.severity())),
                        plain(Formats.duration(p.duration())),
                        p.simulated() ? badge("simulated", "muted") : plain("real"), actionsBadge(p));
            }
            case SPOF: {
                Spof s = (Spof) entry;
                return List.of(title(s), badge(s.status().wire(), EntrySummary.tone(s.status())), ref(s.runbook()),
                        exerciseBadge(s.id(), ExerciseKind.DRILL), exerciseBadge(s.id(), ExerciseKind.CHAOS),
                        exerciseBadge(s.id(), ExerciseKind.BACKUP), exerciseBadge(s.id(), ExerciseKind.RESTORE),
                        ref(s.service()), plain(Formats.duration(s.rtoTarget())), plain(Formats.duration(s.rpoTarget())),
                        plain(s.drStrategy() == null ? "" : s.drStrategy().wire()));
            }
            case DRILL: {
                Drill d = (Drill) entry;
                return List.of(plain(d.date().toString()), title(d), plain(d.drillKind().wire()),
                        badge(d.outcome().wire(), EntrySummary.tone(d.outcome())),
                        plain(pair(d.rtoMeasured(), d.rtoTarget())), plain(pair(d.rpoMeasured(), d.rpoTarget())), actionsBadge(d));
            }
            case CHAOS: {
                ChaosExperiment c = (ChaosExperiment) entry;
                return List.of(plain(c.date().toString()), title(c),
                        badge(EntrySummary.result(c), EntrySummary.resultTone(c)),
                        plain(names(c.targets())), plain(c.tool()), actionsBadge(c));
            }
            case SERVICE: {
                Service s = (Service) entry;
                return List.of(title(s), plain(s.tier()), plain(Formats.duration(s.rtoTarget())),
                        plain(Formats.duration(s.rpoTarget())),
                        plain(s.drStrategy() == null ? "" : s.drStrategy().wire()), plain(names(s.dependsOn())),
                        exerciseBadge(s.id(), ExerciseKind.DRILL), exerciseBadge(s.id(), ExerciseKind.CHAOS),
                        exerciseBadge(s.id(), ExerciseKind.BACKUP), exerciseBadge(s.id(), ExerciseKind.RESTORE));
            }
            case BACKUP: {
                Backup b = (Backup) entry;
                return List.of(title(b), plain(b.tool()), plain(names(b.targets())),
                        b.time().map(t -> plain(Formats.time(t))).orElse(badge("none completed", "bad")),
                        plain(String.valueOf(b.runs().size())), plain(b.status() == null ? "" : b.status()));
            }
            default:
                throw new IllegalArgumentException("No index for " + entry.id().kind());
        }
    }

    /** The ADR's status; a superseded one names its successor and links to it, so the index answers "replaced by what?". */
    private IndexTable.Cell status(Adr adr) {
        IndexTable.Cell status = badge(adr.status().wire(), EntrySummary.tone(adr.status()));
        List<EntryId> successors = adr.status() == dev.handbook.model.AdrStatus.SUPERSEDED ? graph.supersededBy(adr.id()) : List.of();
        if (successors.isEmpty()) {
            return status;
        }
        Optional<Entry> successor = catalog.find(successors.get(successors.size() - 1));
        return successor.map(s -> new IndexTable.Cell(status.text() + " by " + (s instanceof Adr next && next.number() > 0
                ? String.format("ADR-%04d", next.number()) : s.title()), links.to(s).href(), status.tone())).orElse(status);
    }

    /** "2 open · 1 overdue", "all closed" or nothing, for records with action items. */
    private IndexTable.Cell actionsBadge(Entry entry) {
        if (entry.actionItems().isEmpty()) {
            return plain("");
        }
        List<ActionItemStatus> items = freshness.actionItems(entry.id());
        long open = items.size();
        long overdue = items.stream().filter(ActionItemStatus::overdue).count();
        if (open == 0) {
            return badge("all closed", "good");
        }
        return badge(open + " open" + (overdue > 0 ? " · " + overdue + " overdue" : ""), overdue > 0 ? "bad" : "warn");
    }

    /** "3 passed", "1 failed of 3", "2 skipped", "not run", or nothing for a runbook without snippets. */
    private IndexTable.Cell verifiedBadge(Entry entry) {
        long total = entry.meta().verify().size() + conversions.snippets(entry.id()).size();
        if (total == 0) {
            return plain("");
        }
        if (!verification.ran()) {
            return badge(total + " not run", "muted");
        }
        var results = verification.of(entry.id());
        long failed = results.stream().filter(r -> r.getValue().status().failed()).count();
        long passed = results.stream().filter(r -> r.getValue().status() == dev.handbook.verify.SnippetStatus.PASS).count();
        if (failed > 0) {
            return badge(failed + " failed of " + total, "bad");
        }
        return passed == total ? badge("verified · " + total + " passed", "good") : badge(passed + " passed · " + (total - passed) + " skipped", "warn");
    }

    private static IndexTable.Cell reviewBadge(ReviewStatus review) {
        return badge(words(review.state()), tone(review.state()));
    }

    private IndexTable.Cell exerciseBadge(EntryId id, ExerciseKind kind) {
        ExerciseStatus status = freshness.exercise(id, kind);
        if (status == null) {
            return plain("");
        }
        String state = kind == ExerciseKind.BACKUP || kind == ExerciseKind.RESTORE ? ValueText.INSTANCE.state(status) : words(status.state());
        // the day is enough in a table of every SPOF (and keeps its columns on one screen); the page has the time
        String text = status.lastDate() == null ? state : status.lastDate() + " · " + state;
        return badge(text, tone(status.state()));
    }

    private static String words(dev.handbook.model.WireValue value) {
        return ValueText.INSTANCE.words(value);
    }

    private static String tone(dev.handbook.model.WireValue value) {
        return ValueText.INSTANCE.tone(value);
    }

    private IndexTable.Cell title(Entry entry) {
        return link(entry.title(), links.to(entry).href());
    }

    private IndexTable.Cell ref(Reference ref) {
        Optional<LinkView> target = links.to(ref);
        return target.map(l -> link(l.title(), l.href())).orElse(plain(""));
    }

    @SafeVarargs
    private String names(List<Reference>... refs) {
        return java.util.Arrays.stream(refs)
                .flatMap(List::stream)
                .map(r -> catalog.find(r.target()).map(Entry::title).orElse(r.target()))
                .collect(Collectors.joining(", "));
    }

    private static String pair(java.time.Duration measured, java.time.Duration target) {
        if (measured == null && target == null) {
            return "";
        }
        return (measured == null ? "–" : Formats.duration(measured)) + " / " + (target == null ? "–" : Formats.duration(target));
    }
}
