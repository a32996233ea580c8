package dev.handbook.model;

import dev.handbook.diagnostics.SourcePosition;
import java.util.Set;

/**
 * A typed reference from a record field to another record, as written ({@code runbook: redis-down}).
 *
 * @param field the field it was written in, e.g. {@code spofs}
 * @param target the id that was written
 * @param expected the kinds the field accepts
 * @param where the position of the id
 */
public record Reference(String field, String target, Set<EntryKind> expected, SourcePosition where) {

    public Reference {
        expected = Set.copyOf(expected);
    }
}
