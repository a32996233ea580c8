package dev.handbook.render;

import java.util.List;

/** Flags under one heading of the report: an owner, or a kind's plural label. */
public record FlagGroup(String label, List<FlagView> flags) {

    public FlagGroup {
        flags = List.copyOf(flags);
    }
}
