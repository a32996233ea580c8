package dev.handbook.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A service or tier with its recovery targets. Targets, strategy and description may be null. */
public record Service(
        EntryMeta meta,
        String tier,
        Markup description,
        Duration rtoTarget,
        Duration rpoTarget,
        DrStrategy drStrategy,
        List<Reference> dependsOn,
        Cadence cadence)
        implements Entry {

    public Service {
        dependsOn = List.copyOf(dependsOn);
    }

    @Override
    public List<Reference> references() {
        return dependsOn;
    }

    @Override
    public List<Markup> markups() {
        return Lists.of(description);
    }

    @Override
    public Optional<Markup> body() {
        return Optional.empty();
    }

    @Override
    public <R> R accept(EntryVisitor<R> visitor) {
        return visitor.visitService(this);
    }
}
