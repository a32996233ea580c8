package dev.handbook.render.input;

import dev.handbook.model.Adr;
import dev.handbook.model.AdrStatus;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.Drill;
import dev.handbook.model.DrillOutcome;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryVisitor;
import dev.handbook.model.IncidentSeverity;
import dev.handbook.model.Postmortem;
import dev.handbook.model.Runbook;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.model.SpofStatus;

/**
 * The one-line summary shown beside a link to a record ({@code 2026-10-02 · pass}) and the tone of its status.
 * Stateless.
 */
public final class EntrySummary implements EntryVisitor<EntrySummary.Summary> {

    /** A note and its tone ({@code good}, {@code warn}, {@code bad}, {@code muted} or empty). */
    public record Summary(String note, String tone) {}

    public static final EntrySummary INSTANCE = new EntrySummary();

    /** How a chaos run without a result (Chaos Mesh records no verdict) reads everywhere. */
    public static final String NO_RESULT = "no result recorded";

    public static Summary of(Entry entry) {
        return entry.accept(INSTANCE);
    }

    public static String tone(AdrStatus status) {
        switch (status) {
            case ACCEPTED:
                return "good";
            case PROPOSED:
                return "warn";
            default:
                return "muted";
        }
    }

    public static String tone(SpofStatus status) {
        switch (status) {
            case OPEN:
                return "bad";
            case ACCEPTED_RISK:
                return "warn";
            default:
                return "good";
        }
    }

    public static String tone(DrillOutcome outcome) {
        switch (outcome) {
            case PASS:
                return "good";
            case PARTIAL:
                return "warn";
            default:
                return "bad";
        }
    }

    public static String tone(ChaosResult result) {
        switch (result) {
            case HELD:
                return "good";
            case ABORTED:
                return "warn";
            default:
                return "bad";
        }
    }

    /** What a chaos run's result reads as: its value, or {@value #NO_RESULT} when the tool recorded no verdict. */
    public static String result(ChaosExperiment chaos) {
        return chaos.recordedResult().map(ChaosResult::wire).orElse(NO_RESULT);
    }

    /** The tone of a chaos run's result; muted when none was recorded. */
    public static String resultTone(ChaosExperiment chaos) {
        return chaos.recordedResult().map(EntrySummary::tone).orElse("muted");
    }

    public static String tone(IncidentSeverity severity) {
        return severity.compareTo(IncidentSeverity.SEV2) <= 0 ? "bad" : "warn";
    }

    @Override
    public Summary visitRunbook(Runbook runbook) {
        String reviewed = runbook.lastReviewed() == null ? "never reviewed" : "reviewed " + runbook.lastReviewed();
        return new Summary(runbook.meta().owner() + " · " + reviewed, "");
    }

    @Override
    public Summary visitAdr(Adr adr) {
        return new Summary(adr.date() + " · " + adr.status().wire(), tone(adr.status()));
    }

    @Override
    public Summary visitPostmortem(Postmortem pm) {
        return new Summary(pm.date() + " · " + pm.severity().wire() + (pm.simulated() ? " · simulated" : ""), tone(pm.severity()));
    }

    @Override
    public Summary visitSpof(Spof spof) {
        return new Summary(spof.status().wire(), tone(spof.status()));
    }

    @Override
    public Summary visitDrill(Drill drill) {
        return new Summary(drill.date() + " · " + drill.drillKind().wire() + " · " + drill.outcome().wire(), tone(drill.outcome()));
    }

    @Override
    public Summary visitChaos(ChaosExperiment chaos) {
        return new Summary(chaos.date() + " · " + result(chaos), resultTone(chaos));
    }

    @Override
    public Summary visitService(Service service) {
        return new Summary("tier " + service.tier(), "");
    }

    @Override
    public Summary visitBackup(dev.handbook.model.Backup backup) {
        String tool = backup.tool().isEmpty() ? "" : backup.tool() + " · ";
        return backup.time().isPresent() ? new Summary(tool + backup.runs().size() + (backup.runs().size() == 1 ? " backup" : " backups"), "")
                : new Summary(tool + "no completed backup", "bad");
    }
}
