package dev.handbook.render.diagram;

/**
 * How far from a page's record its dependency graph reads. Incremental rebuilds re-render a record's page when the
 * record or a record linked to it changes, so a graph that reads further shows stale boxes after such a rebuild.
 */
public enum Reach {
    /** Only the record and the records linked to it, in either direction. */
    DIRECT,
    /**
     * Also records two links away: on a SPOF page, the services that depend on its service; on a service page, the
     * runbooks of its SPOFs that do not name the service themselves. Use only where rebuilds re-render for them.
     */
    TWO_HOPS
}
