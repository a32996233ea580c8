package dev.handbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A chaos experiment log: a steady-state hypothesis, the fault injected, and whether the hypothesis held. */
public record ChaosExperiment(
        EntryMeta meta,
        LocalDate date,
        Markup hypothesis,
        Markup fault,
        String tool,
        Markup blastRadius,
        List<Markup> abortConditions,
        ChaosResult result,
        Markup observations,
        List<Markup> findings,
        List<ActionItem> actionItems,
        List<Reference> targets,
        List<Reference> runbooks)
        implements Entry {

    public ChaosExperiment {
        abortConditions = List.copyOf(abortConditions);
        findings = List.copyOf(findings);
        actionItems = List.copyOf(actionItems);
        targets = List.copyOf(targets);
        runbooks = List.copyOf(runbooks);
    }

    @Override
    public List<Reference> references() {
        return Lists.of(targets, runbooks);
    }

    @Override
    public List<Markup> markups() {
        return Lists.of(hypothesis, fault, blastRadius, abortConditions, observations, findings);
    }

    @Override
    public Optional<Markup> body() {
        return Optional.empty();
    }

    @Override
    public <R> R accept(EntryVisitor<R> visitor) {
        return visitor.visitChaos(this);
    }
}
