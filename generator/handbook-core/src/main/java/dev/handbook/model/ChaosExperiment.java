package dev.handbook.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A chaos experiment log: a steady-state hypothesis, the fault injected, and whether the hypothesis held. Written by
 * hand, or read from a tool's output (a Chaos Toolkit journal, a Litmus ChaosResult, a Chaos Mesh object).
 *
 * @param hypothesis may be null for a record read from a tool that states none (Chaos Mesh)
 * @param result null when no result was recorded (a Chaos Mesh experiment without its result annotation); such a
 *     run counts for no cadence
 * @param started when the run started, to the second; null when not known
 * @param ended when it ended; null when not known
 * @param duration how long the fault was to last, as the tool set it (Chaos Mesh {@code duration}); may be null
 * @param reason why the run was aborted, or what went wrong; may be null
 * @param evidence the tool's file the record was read from, as a display path; null for a record written by hand
 *     without one
 */
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
        List<Reference> runbooks,
        Instant started,
        Instant ended,
        Duration duration,
        List<ChaosProbe> probes,
        List<ChaosActivity> activities,
        Markup reason,
        String evidence)
        implements Entry {

    public ChaosExperiment {
        abortConditions = List.copyOf(abortConditions);
        findings = List.copyOf(findings);
        actionItems = List.copyOf(actionItems);
        targets = List.copyOf(targets);
        runbooks = List.copyOf(runbooks);
        probes = List.copyOf(probes);
        activities = List.copyOf(activities);
    }

    /** The result, if one was recorded. */
    public Optional<ChaosResult> recordedResult() {
        return Optional.ofNullable(result);
    }

    @Override
    public List<Reference> references() {
        return Lists.of(targets, runbooks);
    }

    @Override
    public List<Markup> markups() {
        return Lists.of(hypothesis, fault, blastRadius, abortConditions, observations, findings, reason);
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
