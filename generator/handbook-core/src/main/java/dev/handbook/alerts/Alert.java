package dev.handbook.alerts;

import dev.handbook.model.AlertRule;
import dev.handbook.model.EntryId;
import java.util.List;

/**
 * One alert the handbook knows, and what its page shows.
 *
 * @param name as Prometheus names it (case-sensitive)
 * @param rules the rules that define it, in file order; empty when only a runbook names it
 * @param runbooks the runbooks whose {@code alerts:} name it, by id
 * @param spofs the SPOFs whose {@code detection} names it, by id
 */
public record Alert(String name, List<AlertRule> rules, List<EntryId> runbooks, List<EntryId> spofs) {

    public Alert {
        rules = List.copyOf(rules);
        runbooks = List.copyOf(runbooks);
        spofs = List.copyOf(spofs);
    }
}
