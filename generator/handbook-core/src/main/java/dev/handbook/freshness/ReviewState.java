package dev.handbook.freshness;

import dev.handbook.model.WireValue;

/** Where a runbook (or an ADR with {@code review_by}) stands against its review date. */
public enum ReviewState implements WireValue {
    FRESH,
    DUE_SOON,
    STALE,
    NEVER_REVIEWED
}
