package dev.handbook.model;

import java.util.Objects;

/**
 * A relation between decisions other than supersession, in the file's own words ({@code Amends}, {@code Clarified
 * by}, any verb {@code adr link} was given).
 *
 * @param verb as written, shown on the page as the row's label
 * @param target the other decision
 */
public record AdrRelation(String verb, Reference target) {

    public AdrRelation {
        Objects.requireNonNull(verb, "verb must not be null");
        Objects.requireNonNull(target, "target must not be null");
    }
}
