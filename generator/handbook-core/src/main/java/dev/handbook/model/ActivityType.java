package dev.handbook.model;

/** What a step of a chaos run did: changed the system (an action), observed it (a probe) or undid an action. */
public enum ActivityType implements WireValue {
    ACTION, PROBE, ROLLBACK
}
