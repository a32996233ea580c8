package dev.handbook.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A DR drill, game day, backup-restore test or tabletop exercise. Durations and {@code runbook} may be null. */
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
        List<Markup> findings,
        List<ActionItem> actionItems)
        implements Entry {

    public Drill {
        targets = List.copyOf(targets);
        participants = List.copyOf(participants);
        findings = List.copyOf(findings);
        actionItems = List.copyOf(actionItems);
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
