package dev.handbook.render;

import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.Drill;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import dev.handbook.model.FlagCategory;
import dev.handbook.model.PagePaths;
import dev.handbook.model.Postmortem;
import dev.handbook.model.Spof;
import dev.handbook.model.SpofStatus;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The view {@code home.ftlh} renders: the sections with their counts, what needs attention, backups against restores,
 * open SPOFs and action items, and the latest incidents and exercises.
 *
 * @param kinds a card per section (and "Needs attention"), with its count
 * @param worstFlags the first flags of the report, worst first
 * @param openSpofs the first open SPOFs, of {@code openSpofCount}
 * @param openActions the first open action items, of {@code openActionCount}
 * @param broken every service and SPOF with its runbooks, for "Something is broken?"
 */
public record HomeView(
        SiteView site, String title, String section, List<NavItem> kinds, Tally tally, List<FlagView> worstFlags,
        VerificationRows.Tally verification, List<BackupRows.Row> backups, List<LinkView> openSpofs, List<ActionView.Open> openActions,
        List<LinkView> recentIncidents, List<LinkView> recentExercises, List<BrokenEntries.Entry> broken, int openSpofCount,
        int openActionCount) implements PageView {

    /** How many flags of each category the handbook has. */
    public record Tally(long stale, long dueSoon, long overdue, long actionItems) {}

    private static final int WORST_FLAGS = 5;
    private static final int RECENT_INCIDENTS = 5;
    private static final int RECENT_EXERCISES = 6;
    /** The home page shows the first few open SPOFs and action items; the attention page has them all. */
    private static final int ATTENTION_CAP = 10;

    public static HomeView of(RenderInput input) {
        String path = PagePaths.HOME;
        PageLinks links = new PageLinks(input, path);
        String title = input.config().title();
        List<LinkView> openSpofs = input.catalog().ofKind(EntryKind.SPOF, Spof.class).stream()
                .filter(s -> s.status() == SpofStatus.OPEN).map(links::to).toList();
        List<ActionView.Open> openActions = input.freshness().actionItems().stream().map(a -> ActionView.Open.of(a, links)).toList();
        Tally tally = new Tally(input.freshness().count(FlagCategory.STALE), input.freshness().count(FlagCategory.DUE_SOON),
                input.freshness().count(FlagCategory.OVERDUE), input.freshness().count(FlagCategory.ACTION_ITEMS));
        return new HomeView(SiteView.of(input, path, title, "home"), title, "home", kindCards(input, path), tally,
                input.freshness().flags().stream().limit(WORST_FLAGS).map(flag -> FlagView.of(flag, links)).toList(),
                VerificationRows.tally(input.verification()), BackupRows.required(input, path),
                capped(openSpofs), capped(openActions),
                input.catalog().ofKind(EntryKind.POSTMORTEM, Postmortem.class).stream().sorted(Comparator.comparing(Postmortem::date).reversed())
                        .limit(RECENT_INCIDENTS).map(links::to).toList(),
                recentExercises(input, links), BrokenEntries.of(input, links), openSpofs.size(), openActions.size());
    }

    private static <T> List<T> capped(List<T> all) {
        return all.subList(0, Math.min(all.size(), ATTENTION_CAP));
    }

    /** Drills and chaos experiments, newest first (by id on the same day). */
    private static List<LinkView> recentExercises(RenderInput input, PageLinks links) {
        return Stream.concat(
                        input.catalog().ofKind(EntryKind.DRILL, Drill.class).stream().map(d -> Map.entry(d.date(), (Entry) d)),
                        input.catalog().ofKind(EntryKind.CHAOS, ChaosExperiment.class).stream().map(c -> Map.entry(c.date(), (Entry) c)))
                .sorted(Map.Entry.<LocalDate, Entry>comparingByKey().reversed().thenComparing(e -> e.getValue().id()))
                .limit(RECENT_EXERCISES).map(e -> links.to(e.getValue())).toList();
    }

    /** The home page's cards: each section with its count. */
    private static List<NavItem> kindCards(RenderInput input, String path) {
        List<NavItem> cards = new ArrayList<>();
        for (EntryKind kind : Navigation.ORDER) {
            cards.add(new NavItem(kind.pluralLabel(), PagePaths.relative(path, PagePaths.index(kind)), input.catalog().count(kind), false));
        }
        cards.add(new NavItem("Needs attention", PagePaths.relative(path, PagePaths.ATTENTION), input.freshness().flags().size(), false));
        return cards;
    }
}
