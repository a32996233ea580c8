package dev.handbook.model;

/** The lifecycle of an architecture decision. */
public enum AdrStatus implements WireValue {
    PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED
}
