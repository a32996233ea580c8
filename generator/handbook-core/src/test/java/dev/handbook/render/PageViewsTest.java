package dev.handbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Snapshot;
import dev.handbook.TestSites;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import dev.handbook.model.Adr;
import dev.handbook.model.Backup;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Runbook;
import dev.handbook.model.Spof;
import dev.handbook.render.input.BuildFacts;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views made from the example handbook as of 2026-12-06 (the day {@link BackupPagesTest} reads it): what each
 * template would show, checked on the record rather than in HTML.
 */
class PageViewsTest {

    @TempDir static Path out;
    static Snapshot snapshot;
    static RenderInput input;

    @BeforeAll
    static void read() {
        LocalDate asOf = LocalDate.parse("2026-12-06");
        snapshot = TestSites.HANDBOOK.snapshot(TestSites.options(TestSites.EXAMPLE, out).withAsOf(asOf), false);
        assertThat(snapshot.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        input = new RenderInput(facts(Map.of()));
    }

    private static BuildFacts facts(Map<String, String> evidence) {
        Snapshot s = snapshot;
        return new BuildFacts(s.config(), s.catalog(), s.graph(), s.conversions(), s.freshness(), s.verification(), input == null ? LocalDate.parse("2026-12-06") : input.asOf(), evidence);
    }

    private static <T> T entry(String id, Class<T> type) {
        return type.cast(input.catalog().find(id).orElseThrow());
    }

    @Test
    void aSpofViewHasItsRunbookLinkAndTheFourExerciseCells() {
        SpofView view = SpofView.of(input, entry("backup-store", Spof.class));

        assertThat(view.runbook().href()).isEqualTo("../runbooks/restore-from-backup.html");
        assertThat(view.exercises()).extracting(ExerciseView::kind)
                .containsExactly("DR drill", "chaos experiment", "backup taken", "restore verified");
        ExerciseView restore = view.exercises().get(3);
        assertThat(restore.last().href()).isEqualTo("../drills/2026-11-03-pgbackrest-restore-test.html");
        assertThat(List.of(restore.when(), restore.age(), restore.state(), restore.tone())).containsExactly("2026-11-03", "33 days", "overdue", "bad");
        assertThat(view.backups().required()).isTrue();
        assertThat(view.backups().unverified()).as("fresh backups, stale restore").isTrue();
        assertThat(view.backups().taken().last().href()).isEqualTo("../backups/basecamp.html");
        assertThat(view.matrix().rtoTarget()).isEqualTo("4h");
        assertThat(view.status()).isNotEmpty();
        assertThat(view.component()).as("markup arrives as HTML").startsWith("The pgBackRest repository <code>repo1</code>");
    }

    @Test
    void aRecordsSharedPartLinksItsTagsAndGroupsWhatItLinksTo() {
        RecordView record = SpofView.of(input, entry("backup-store", Spof.class)).record();

        assertThat(record.kind()).isEqualTo("SPOF");
        assertThat(record.name()).isEqualTo("backup-store");
        assertThat(record.tags()).extracting(NavItem::href).containsExactly("../tags/backups.html", "../tags/database.html", "../tags/tier-0.html");
        assertThat(record.linksTo()).flatExtracting(group -> group.links()).extracting(LinkView::href)
                .contains("../runbooks/restore-from-backup.html");
        assertThat(record.flags()).extracting(FlagView::state).contains("overdue");
    }

    @Test
    void everyLinkOfTheSitePartLeadsBackToTheRootFromANestedPage() {
        SiteLinks nested = SpofView.of(input, entry("backup-store", Spof.class)).site().links();
        SiteLinks top = HomeView.of(input).site().links();

        assertThat(List.of(nested.home(), nested.stylesheet(), nested.attention(), nested.calendar(), nested.offline()))
                .containsExactly("../index.html", "../assets/handbook.css", "../attention.html", "../schedule.ics", "../handbook-offline.html");
        assertThat(List.of(top.matrix(), top.verification(), top.script())).containsExactly("spof-matrix.html", "verification.html", "assets/handbook.js");
    }

    @Test
    void theHomeViewCountsEachSectionAndTheFlagsByCategory() {
        HomeView home = HomeView.of(input);

        assertThat(home.kinds()).extracting(NavItem::label).startsWith("Runbooks", "Single points of failure").endsWith("Needs attention");
        assertThat(home.kinds().get(0).href()).isEqualTo("runbooks/index.html");
        assertThat(home.kinds().get(0).count()).isEqualTo(input.catalog().ofKind(EntryKind.RUNBOOK).size()).isEqualTo(11);
        assertThat(home.kinds().get(1).count()).isEqualTo(6);
        HomeView.Tally tally = home.tally();
        assertThat(tally.stale() + tally.dueSoon() + tally.overdue() + tally.actionItems()).isEqualTo(input.freshness().flags().size());
        assertThat(home.worstFlags()).hasSizeLessThanOrEqualTo(8).isNotEmpty();
        assertThat(home.backups()).extracting(row -> row.target().href()).contains("spofs/backup-store.html", "services/platform-k8s.html");
        assertThat(home.recentExercises()).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void theAttentionViewGroupsEveryFlagOnceByOwnerAndOnceByKind() {
        AttentionView view = AttentionView.of(input);
        int flags = input.freshness().flags().size();

        assertThat(view.flagged()).isTrue();
        assertThat(view.byOwner().stream().mapToInt(g -> g.flags().size()).sum()).isEqualTo(flags);
        assertThat(view.byKind().stream().mapToInt(g -> g.flags().size()).sum()).isEqualTo(flags);
        assertThat(view.byKind()).extracting(FlagGroup::label).isSorted();
        assertThat(view.byOwner()).flatExtracting(FlagGroup::flags).extracting(FlagView::href).allMatch(href -> !href.startsWith("../"));
    }

    @Test
    void aRunbookViewHasItsReviewInWordsAndItsTextAsHtml() {
        RunbookView view = RunbookView.of(input, entry("restore-from-backup", Runbook.class));

        assertThat(view.review().every()).isNotEmpty();
        assertThat(view.review().tone()).isIn("good", "warn", "bad");
        assertThat(view.content()).contains("<h2");
        assertThat(view.section()).isEqualTo("runbook");
    }

    @Test
    void anAdrViewNumbersItAndShowsWhatSupersededIt() {
        AdrView view = AdrView.of(input, entry("0001-dr-strategy-per-tier", Adr.class));

        assertThat(view.number()).isEqualTo("ADR-0001");
        assertThat(view.status()).isEqualTo("superseded");
        assertThat(view.supersededBy()).extracting(LinkView::href).containsExactly("../adrs/0004-dr-strategy-per-tier-v2.html");
    }

    @Test
    void aBackupViewListsItsRunsNewestLabelFirstWithSizesInBinaryUnits() {
        String file = "content/evidence/backups/pgbackrest-info.json";
        RenderInput withFiles = new RenderInput(facts(Map.of(file, file)));
        BackupView view = BackupView.of(withFiles, entry("basecamp", Backup.class));

        assertThat(view.runs()).extracting(BackupView.RunRow::label).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(view.runs()).extracting(BackupView.RunRow::state).contains("failed");
        assertThat(view.runs()).extracting(BackupView.RunRow::size).anyMatch(size -> size.endsWith("iB"));
        assertThat(view.record().sourceHref()).isEqualTo("../files/content/evidence/backups/pgbackrest-info.json");
        assertThat(view.systemId()).isEqualTo("7289460283749118733");
        assertThat(BackupView.of(input, entry("basecamp", Backup.class)).record().sourceHref()).as("not copied").isEmpty();
    }

    @Test
    void theSpofMatrixViewHasARowPerSpofWithItsRunbookOrNone() {
        SpofMatrixView view = SpofMatrixView.of(input);

        assertThat(view.rows()).hasSize(input.catalog().ofKind(EntryKind.SPOF).size());
        SpofMatrix.Row store = view.rows().stream().filter(r -> r.link().href().equals("spofs/backup-store.html")).findFirst().orElseThrow();
        assertThat(store.runbook().href()).isEqualTo("runbooks/restore-from-backup.html");
        assertThat(store.backups().verified().tone()).isEqualTo("bad");
    }

    @Test
    void everyPageTemplateRendersItsViewOverTheExampleWithoutATemplateError() {
        Diagnostics diagnostics = new Diagnostics();
        PageRenderer renderer = new PageRenderer(new TemplateEngine(out.resolve("no-overrides"), out));
        BuildFacts facts = facts(Map.of());
        List<Page> pages = renderer.plan(facts).values().stream().map(job -> job.render(new RenderInput(facts), diagnostics))
                .flatMap(java.util.Optional::stream).toList();

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(pages).extracting(Page::path).contains("index.html", "runbooks/index.html", "attention.html", "map.html", "spof-matrix.html",
                "tags/index.html", "tags/backups.html", "verification.html", "runbooks/restore-from-backup.html",
                "adrs/0001-dr-strategy-per-tier.html", "postmortems/2026-09-17-redis-primary-oom.html", "spofs/backup-store.html",
                "services/platform-k8s.html", "drills/2026-11-03-pgbackrest-restore-test.html", "chaos/2026-11-12-coredns-pod-loss.html",
                "backups/basecamp.html");
    }
}
