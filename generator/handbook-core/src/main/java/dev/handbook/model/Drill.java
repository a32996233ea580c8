package dev.handbook.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A DR drill, game day, backup-restore test or tabletop exercise. Durations, {@code runbook}, {@code finished} and
 * {@code fromBackup} may be null.
 *
 * @param finished when it ended, when known to the second (a Velero Restore's completion time)
 * @param fromBackup the id of the backup it restored, as the tool named it; a record of that id may not exist
 */
public record Drill(
        EntryMeta meta,
        LocalDate date,
        DrillKind drillKind,
        Markup scenario,
        List<Reference> targets,
        Reference runbook,
        List<String> participants,
        Duration rtoTarget,
        Duration rtoMeasured,
        Duration rpoTarget,
        Duration rpoMeasured,
        DrillOutcome outcome,
        java.time.Instant finished,
        String fromBackup,
        List<Markup> findings,
        List<ActionItem> actionItems)
        implements Entry {

    public Drill {
        targets = List.copyOf(targets);
        participants = List.copyOf(participants);
        findings = List.copyOf(findings);
        actionItems = List.copyOf(actionItems);
    }

    /** When it happened: {@code finished} when known, else the start of its date (UTC). */
    public java.time.Instant time() {
        return finished != null ? finished : date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    @Override
    public List<Reference> references() {
        return Lists.of(targets, runbook);
    }

    @Override
    public List<Markup> markups() {
        return Lists.of(scenario, findings);
    }

    @Override
    public Optional<Markup> body() {
        return Optional.empty();
    }

    @Override
    public <R> R accept(EntryVisitor<R> visitor) {
        return visitor.visitDrill(this);
    }
}
