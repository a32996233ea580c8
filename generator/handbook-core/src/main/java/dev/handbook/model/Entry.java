package dev.handbook.model;

import java.util.List;
import java.util.Optional;

/** One record of the handbook. Implementations are immutable records; dispatch on kind with {@link #accept}. */
public sealed interface Entry permits Runbook, Adr, Postmortem, Spof, Drill, ChaosExperiment, Service, Backup {

    EntryMeta meta();

    /** Every typed reference in its fields, in field order. */
    List<Reference> references();

    /** Every piece of author markup: the body first (if any), then text fields in field order. */
    List<Markup> markups();

    /** The Markdown or AsciiDoc body under the front matter, if the record has one. */
    Optional<Markup> body();

    <R> R accept(EntryVisitor<R> visitor);

    /** The follow-ups it records (postmortems, drills and chaos experiments have them). */
    default List<ActionItem> actionItems() {
        return List.of();
    }

    default EntryId id() {
        return meta().id();
    }

    default String title() {
        return meta().title();
    }
}
