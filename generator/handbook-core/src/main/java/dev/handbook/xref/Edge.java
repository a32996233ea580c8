package dev.handbook.xref;

import dev.handbook.model.EntryId;

/**
 * One link from a record to another.
 *
 * @param via the field it was written in, or {@code link} for a link in markup
 */
public record Edge(EntryId from, EntryId to, String via) {

    public static final String VIA_LINK = "link";
}
