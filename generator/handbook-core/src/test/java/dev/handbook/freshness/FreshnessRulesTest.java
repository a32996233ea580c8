package dev.handbook.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildResult;
import dev.handbook.ScratchHandbook;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.FlagCategory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every freshness rule at its boundaries, judged through the real pipeline. */
class FreshnessRulesTest {

    static final EntryId RUNBOOK = new EntryId(EntryKind.RUNBOOK, "fix-it");
    static final EntryId SPOF = new EntryId(EntryKind.SPOF, "primary");

    @TempDir Path dir;
    ScratchHandbook handbook;

    @BeforeEach
    void spofWithRunbook() {
        handbook = new ScratchHandbook(dir)
                .write("content/spofs/primary.yaml", "title: Primary\nowner: team\ncomponent: c\nfailure_mode: f\nstatus: open\nrunbook: fix-it\n");
    }

    ScratchHandbook runbook(String frontMatter) {
        return handbook.write("content/runbooks/fix-it.md", "---\ntitle: Fix it\nowner: team\n" + frontMatter + "---\n1. Fix.\n");
    }

    static ReviewStatus review(BuildResult result) {
        assertThat(result.diagnostics()).as("diagnostics").isEmpty();
        return result.freshness().orElseThrow().review(RUNBOOK);
    }

    static ExerciseStatus exercise(BuildResult result, ExerciseKind kind) {
        return result.freshness().orElseThrow().exercise(SPOF, kind);
    }

    @Test
    void aReviewDueOnTheAsOfDateIsDueSoonNotStale() {
        runbook("last_reviewed: 2026-01-01\nreview_every: 30d\n");

        assertThat(review(handbook.check("2026-01-31"))).satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReviewState.DUE_SOON);
            assertThat(r.due()).isEqualTo(LocalDate.parse("2026-01-31"));
            assertThat(r.daysLeft()).isZero();
        });
        assertThat(review(handbook.check("2026-02-01")).state()).isEqualTo(ReviewState.STALE);
        assertThat(review(handbook.check("2026-02-01")).daysLeft()).isEqualTo(-1);
    }

    @Test
    void dueSoonStartsExactlyTheDueSoonWindowBeforeTheDueDate() {
        runbook("last_reviewed: 2026-01-01\nreview_every: 30d\n");

        assertThat(review(handbook.check("2026-01-16")).state()).isEqualTo(ReviewState.FRESH);
        assertThat(review(handbook.check("2026-01-17")).state()).isEqualTo(ReviewState.DUE_SOON);
    }

    @Test
    void reviewIntervalsInDaysWeeksMonthsAndYears() {
        runbook("last_reviewed: 2026-01-31\nreview_every: 1mo\n");
        assertThat(review(handbook.check("2026-02-01")).due()).as("a month after Jan 31 is the end of February").isEqualTo(LocalDate.parse("2026-02-28"));

        runbook("last_reviewed: 2026-01-01\nreview_every: 2w\n");
        assertThat(review(handbook.check("2026-01-02")).due()).isEqualTo(LocalDate.parse("2026-01-15"));

        runbook("last_reviewed: 2024-02-29\nreview_every: 1y\n");
        assertThat(review(handbook.check("2025-03-01")).due()).as("leap day plus a year").isEqualTo(LocalDate.parse("2025-02-28"));
        assertThat(review(handbook.check("2025-03-01")).state()).isEqualTo(ReviewState.STALE);

        runbook("last_reviewed: 2027-12-31\nreview_every: 60d\n");
        assertThat(review(handbook.check("2028-01-01")).due()).as("60 days across a leap February").isEqualTo(LocalDate.parse("2028-02-29"));
    }

    @Test
    void theSiteDefaultIntervalAppliesWhenARunbookSetsNone() {
        handbook.write("site/handbook.yaml", "review:\n  every: 10d\n  due_soon: 2d\n");
        runbook("last_reviewed: 2026-01-01\n");

        assertThat(review(handbook.check("2026-01-08")).state()).isEqualTo(ReviewState.FRESH);
        assertThat(review(handbook.check("2026-01-09")).state()).isEqualTo(ReviewState.DUE_SOON);
        assertThat(review(handbook.check("2026-01-12")).state()).isEqualTo(ReviewState.STALE);
    }

    @Test
    void aRunbookNeverReviewedIsFlaggedStale() {
        runbook("");
        BuildResult result = handbook.check("2026-01-01");

        assertThat(review(result).state()).isEqualTo(ReviewState.NEVER_REVIEWED);
        assertThat(result.freshness().orElseThrow().flags()).filteredOn(f -> f.subject().equals(RUNBOOK)).singleElement()
                .satisfies(f -> assertThat(f.category()).isEqualTo(FlagCategory.STALE));
    }

    @Test
    void datesDoNotDependOnTheMachineTimeZone() {
        runbook("last_reviewed: 2026-01-01\nreview_every: 30d\n");
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            ReviewStatus east = review(handbook.check("2026-01-31"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));
            ReviewStatus west = review(handbook.check("2026-01-31"));
            assertThat(east).isEqualTo(west);
            assertThat(east.due()).isEqualTo(LocalDate.parse("2026-01-31"));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void aSpofIsOverdueTheDayAfterItsLastDrillPlusItsCadence() {
        runbook("last_reviewed: 2026-01-01\n");
        handbook.write("content/drills/d1.yaml", "title: D1\ndate: 2026-01-01\nkind: game-day\nscenario: s\ntargets: [primary]\noutcome: partial\n");
        handbook.write("site/handbook.yaml", "cadence:\n  drill: 30d\n  chaos: none\n");

        assertThat(exercise(handbook.check("2026-01-31"), ExerciseKind.DRILL).state()).isEqualTo(ExerciseState.CURRENT);
        ExerciseStatus late = exercise(handbook.check("2026-02-01"), ExerciseKind.DRILL);
        assertThat(late.state()).isEqualTo(ExerciseState.OVERDUE);
        assertThat(late.daysLeft()).isEqualTo(-1);
        assertThat(late.last().name()).isEqualTo("d1");
    }

    @Test
    void aSpofIdentifiedRecentlyIsNotOverdueBeforeItsFirstPeriodHasPassed() {
        runbook("last_reviewed: 2026-01-01\n");
        handbook.write("content/spofs/primary.yaml", "title: Primary\nowner: team\ncomponent: c\nfailure_mode: f\nstatus: open\nrunbook: fix-it\n"
                + "since: 2026-01-10\n");
        handbook.write("site/handbook.yaml", "cadence:\n  drill: 30d\n  chaos: 7d\n");

        BuildResult created = handbook.check("2026-01-10");
        ExerciseStatus drill = exercise(created, ExerciseKind.DRILL);
        assertThat(drill.state()).isEqualTo(ExerciseState.FIRST_DUE);
        assertThat(drill.due()).isEqualTo(LocalDate.parse("2026-02-09"));
        assertThat(exercise(created, ExerciseKind.CHAOS).state()).isEqualTo(ExerciseState.FIRST_DUE);
        assertThat(created.freshness().orElseThrow().flags()).as("nothing to chase yet").isEmpty();

        BuildResult week = handbook.check("2026-01-18");
        assertThat(exercise(week, ExerciseKind.CHAOS).state()).as("a day after its first week").isEqualTo(ExerciseState.NEVER_EXERCISED);
        assertThat(exercise(week, ExerciseKind.DRILL).state()).isEqualTo(ExerciseState.FIRST_DUE);
        assertThat(week.freshness().orElseThrow().flags()).extracting(Flag::message)
                .containsExactly("No chaos experiment on record (every 7 days), the first was due 2026-01-17: schedule one and record it.");
    }

    @Test
    void failedDrillsAbortedExperimentsAndFutureRecordsDoNotCount() {
        runbook("last_reviewed: 2026-01-01\n");
        handbook.write("content/drills/ok.yaml", "title: OK\ndate: 2026-01-01\nkind: dr-drill\nscenario: s\ntargets: primary\noutcome: pass\n");
        handbook.write("content/drills/failed.yaml", "title: Failed\ndate: 2026-01-20\nkind: dr-drill\nscenario: s\ntargets: primary\noutcome: fail\n");
        handbook.write("content/drills/later.yaml", "title: Later\ndate: 2026-03-01\nkind: dr-drill\nscenario: s\ntargets: primary\noutcome: pass\n");
        handbook.write("content/drills/tabletop.yaml", "title: Talk\ndate: 2026-01-25\nkind: tabletop\nscenario: s\ntargets: primary\noutcome: pass\n");
        handbook.write("content/chaos/aborted.yaml", "title: Aborted\ndate: 2026-01-25\nhypothesis: h\nfault: f\nresult: aborted\ntargets: primary\n");

        BuildResult result = handbook.check("2026-02-01");

        assertThat(exercise(result, ExerciseKind.DRILL).last().name()).isEqualTo("ok");
        assertThat(exercise(result, ExerciseKind.CHAOS).state()).isEqualTo(ExerciseState.NEVER_EXERCISED);
    }

    @Test
    void cadenceComesFromTheSpofThenItsServiceThenTheSite() {
        runbook("last_reviewed: 2026-01-01\n");
        handbook.write("content/services/db.yaml", "title: DB\nowner: team\ntier: '0'\ncadence:\n  chaos: 10d\n  drill: none\n");
        handbook.write("content/spofs/primary.yaml", "title: Primary\nowner: team\ncomponent: c\nfailure_mode: f\nstatus: open\nrunbook: fix-it\nservice: db\ncadence:\n  chaos: 20d\n");
        handbook.write("content/chaos/c.yaml", "title: C\ndate: 2026-01-01\nhypothesis: h\nfault: f\nresult: held\ntargets: [primary, db]\n");

        BuildResult result = handbook.check("2026-01-15");
        FreshnessReport report = result.freshness().orElseThrow();

        assertThat(report.exercise(SPOF, ExerciseKind.CHAOS).state()).as("SPOF's own 20d").isEqualTo(ExerciseState.CURRENT);
        assertThat(report.exercise(SPOF, ExerciseKind.DRILL).state()).as("service says none").isEqualTo(ExerciseState.NOT_REQUIRED);
        assertThat(report.exercise(SPOF, ExerciseKind.BACKUP).state()).as("no backup cadence, no backup-restore strategy").isEqualTo(ExerciseState.NOT_REQUIRED);
        assertThat(report.exercise(SPOF, ExerciseKind.RESTORE).state()).isEqualTo(ExerciseState.NOT_REQUIRED);
        EntryId db = new EntryId(EntryKind.SERVICE, "db");
        assertThat(report.exercise(db, ExerciseKind.CHAOS).state()).as("service's own 10d").isEqualTo(ExerciseState.OVERDUE);
    }

    @Test
    void backupsAndRestoresAreRequiredForBackupRestoreStrategies() {
        runbook("last_reviewed: 2026-01-01\n");
        handbook.write("content/spofs/primary.yaml", "title: Primary\nowner: team\ncomponent: c\nfailure_mode: f\nstatus: open\nrunbook: fix-it\ndr_strategy: backup-restore\n");
        handbook.write("content/drills/restore.yaml", "title: Restore\ndate: 2026-01-10\nkind: backup-restore\nscenario: s\ntargets: primary\noutcome: pass\n");

        assertThat(exercise(handbook.check("2026-01-11"), ExerciseKind.RESTORE).state()).as("daily by default").isEqualTo(ExerciseState.CURRENT);
        assertThat(exercise(handbook.check("2026-01-12"), ExerciseKind.RESTORE).state()).isEqualTo(ExerciseState.OVERDUE);
        assertThat(exercise(handbook.check("2026-01-11"), ExerciseKind.BACKUP).state()).as("a restore drill is no backup record")
                .isEqualTo(ExerciseState.NEVER_EXERCISED);
    }

    @Test
    void servicesWithoutACadenceAreNotTracked() {
        runbook("last_reviewed: 2026-01-01\n");
        handbook.write("content/services/web.yaml", "title: Web\nowner: team\ntier: '1'\n");

        assertThat(handbook.check("2026-01-02").freshness().orElseThrow().exercises(new EntryId(EntryKind.SERVICE, "web"))).isEmpty();
    }

    @Test
    void adrsArePastTheirReviewDateLikeRunbooks() {
        runbook("last_reviewed: 2026-01-01\n");
        handbook.write("content/adrs/0001-use-x.md", "---\ntitle: Use X\nstatus: accepted\ndate: 2025-01-01\nreview_by: 2026-01-10\n---\nWhy.\n");
        handbook.write("content/adrs/0002-old.md", "---\ntitle: Old\nstatus: rejected\ndate: 2025-01-01\nreview_by: 2026-01-10\n---\nNo.\n");

        FreshnessReport report = handbook.check("2026-01-11").freshness().orElseThrow();

        assertThat(report.review(new EntryId(EntryKind.ADR, "0001-use-x")).state()).isEqualTo(ReviewState.STALE);
        assertThat(report.review(new EntryId(EntryKind.ADR, "0002-old"))).as("rejected decisions need no review").isNull();
    }

    @Test
    void openActionItemsAreOverdueTheDayAfterTheyAreDueAndUnassignedOnesWarn() {
        runbook("last_reviewed: 2026-01-01\n");
        handbook.write("content/postmortems/pm.yaml", "title: PM\ndate: 2026-01-01\nseverity: SEV3\nrunbooks: fix-it\naction_items:\n"
                + "  - id: A-1\n    title: Do it\n    owner: ana\n    due: 2026-01-10\n"
                + "  - id: A-2\n    title: Done already\n    owner: bo\n    due: 2026-01-01\n    status: done\n"
                + "  - id: A-3\n    title: Someday\n");

        BuildResult onTime = handbook.check("2026-01-10");
        assertThat(onTime.freshness().orElseThrow().actionItems()).extracting(a -> a.item().id(), ActionItemStatus::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", false), org.assertj.core.groups.Tuple.tuple("A-3", false));
        assertThat(onTime.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "content/postmortems/pm.yaml:15:5: warning: Open action item 'A-3' has no due date. Set `due: YYYY-MM-DD` so it can become overdue and be chased. [action.due]",
                "content/postmortems/pm.yaml:15:5: warning: Open action item 'A-3' has no owner. Set `owner:` so someone is accountable, or close it with `status: wont-do`. [action.owner]");

        FreshnessReport late = handbook.check("2026-01-11").freshness().orElseThrow();
        assertThat(late.flags()).filteredOn(f -> f.category() == FlagCategory.ACTION_ITEMS).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Action item A-1 \"Do it\" overdue by 1 day."));
    }

    @Test
    void onlyNamedCategoriesFailAndDueSoonNeverDoes() {
        runbook("last_reviewed: 2026-01-01\nreview_every: 30d\n");

        assertThat(handbook.check("2026-01-31").failingFlags()).isEmpty();
        BuildResult stale = handbook.check("2026-02-01");
        assertThat(stale.failingFlags()).isEmpty();
        handbook.write("site/handbook.yaml", "fail_on: [stale]\n");
        assertThat(handbook.check("2026-02-01").failingFlags()).hasSize(1);
        assertThat(handbook.check("2026-01-31").failingFlags()).as("due soon never fails").isEmpty();
    }
}
