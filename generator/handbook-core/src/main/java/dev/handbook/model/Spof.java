package dev.handbook.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A single point of failure. Nullable: {@code service}, {@code runbook}, the targets, {@code drStrategy} and the text
 * fields other than {@code component} and {@code failureMode}; {@code since}, the day it was identified.
 */
public record Spof(
        EntryMeta meta,
        Markup component,
        Reference service,
        Markup failureMode,
        Markup blastRadius,
        Markup detection,
        Reference runbook,
        Duration rtoTarget,
        Duration rpoTarget,
        DrStrategy drStrategy,
        Markup degradation,
        Markup prevention,
        SpofStatus status,
        List<Reference> adrs,
        Cadence cadence,
        java.time.LocalDate since)
        implements Entry {

    public Spof {
        adrs = List.copyOf(adrs);
    }

    @Override
    public List<Reference> references() {
        return Lists.of(service, runbook, adrs);
    }

    @Override
    public List<Markup> markups() {
        return Lists.of(component, failureMode, blastRadius, detection, degradation, prevention);
    }

    @Override
    public Optional<Markup> body() {
        return Optional.empty();
    }

    @Override
    public <R> R accept(EntryVisitor<R> visitor) {
        return visitor.visitSpof(this);
    }
}
