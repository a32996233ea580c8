package dev.handbook.bench;

/** The record kinds of a handbook, with their link key, default content folder and index title. */
enum Kind {
    RUNBOOK("runbook", "runbooks", "Runbooks"),
    ADR("adr", "adrs", "Architecture decisions"),
    POSTMORTEM("postmortem", "postmortems", "Postmortems"),
    SPOF("spof", "spofs", "Single points of failure"),
    DRILL("drill", "drills", "Drills and game days"),
    CHAOS("chaos", "chaos", "Chaos experiments"),
    SERVICE("service", "services", "Services");

    final String key;
    final String folder;
    final String plural;

    Kind(String key, String folder, String plural) {
        this.key = key;
        this.folder = folder;
        this.plural = plural;
    }
}
