package dev.handbook.model;

import java.util.List;

/** The lifecycle of an architecture decision. */
public enum AdrStatus implements WireValue {
    PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED;

    /**
     * The words real collections write for this status, the default rows of the ADR status table. A partly superseded
     * decision still holds in part, so it is accepted.
     */
    public List<String> defaultWords() {
        switch (this) {
            case PROPOSED:
                return List.of("proposed", "draft", "pending", "incomplete", "in progress", "in review", "under review", "open", "wip", "rfc");
            case ACCEPTED:
                return List.of("accepted", "approved", "implemented", "decided", "adopted", "agreed", "done", "active",
                        "partly superseded", "partially superseded");
            case REJECTED:
                return List.of("rejected", "declined", "not accepted");
            case DEPRECATED:
                return List.of("deprecated", "obsolete", "retired", "withdrawn", "abandoned");
            default:
                return List.of("superseded", "superceded", "replaced");
        }
    }
}
