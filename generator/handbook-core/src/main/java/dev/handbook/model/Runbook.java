package dev.handbook.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * An operational procedure.
 *
 * @param lastReviewed null when never reviewed
 * @param reviewEvery null to use the site default
 * @param alerts the Prometheus alerts it answers, as written in {@code alerts:}
 */
public record Runbook(
        EntryMeta meta,
        LocalDate lastReviewed,
        Period reviewEvery,
        List<Reference> spofs,
        List<Reference> services,
        Markup whenToUse,
        List<AlertName> alerts,
        Markup content)
        implements Entry {

    public Runbook {
        spofs = List.copyOf(spofs);
        services = List.copyOf(services);
        alerts = List.copyOf(alerts);
    }

    @Override
    public List<Reference> references() {
        return Lists.of(spofs, services);
    }

    @Override
    public List<Markup> markups() {
        return Lists.of(content, whenToUse);
    }

    @Override
    public Optional<Markup> body() {
        return Optional.of(content);
    }

    @Override
    public <R> R accept(EntryVisitor<R> visitor) {
        return visitor.visitRunbook(this);
    }
}
