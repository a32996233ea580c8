package dev.handbook.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A blameless incident review, real or from a game day ({@code simulated}).
 *
 * @param duration null when not given
 * @param content the body, or null for a pure YAML record
 */
public record Postmortem(
        EntryMeta meta,
        LocalDate date,
        IncidentSeverity severity,
        Duration duration,
        Markup impact,
        Markup detection,
        boolean simulated,
        Markup summary,
        List<TimelineEvent> timeline,
        Markup rootCause,
        List<Markup> contributingFactors,
        List<Markup> fiveWhys,
        List<Markup> wentWell,
        List<Markup> wentWrong,
        List<Markup> lucky,
        List<ActionItem> actionItems,
        List<Reference> spofs,
        List<Reference> services,
        List<Reference> runbooks,
        Markup content)
        implements Entry {

    public Postmortem {
        timeline = List.copyOf(timeline);
        contributingFactors = List.copyOf(contributingFactors);
        fiveWhys = List.copyOf(fiveWhys);
        wentWell = List.copyOf(wentWell);
        wentWrong = List.copyOf(wentWrong);
        lucky = List.copyOf(lucky);
        actionItems = List.copyOf(actionItems);
        spofs = List.copyOf(spofs);
        services = List.copyOf(services);
        runbooks = List.copyOf(runbooks);
    }

    @Override
    public List<Reference> references() {
        return Lists.of(spofs, services, runbooks);
    }

    @Override
    public List<Markup> markups() {
        return Lists.of(
                content,
                summary,
                impact,
                detection,
                timeline.stream().map(TimelineEvent::event).toList(),
                rootCause,
                contributingFactors,
                fiveWhys,
                wentWell,
                wentWrong,
                lucky);
    }

    @Override
    public Optional<Markup> body() {
        return Optional.ofNullable(content);
    }

    @Override
    public <R> R accept(EntryVisitor<R> visitor) {
        return visitor.visitPostmortem(this);
    }
}
