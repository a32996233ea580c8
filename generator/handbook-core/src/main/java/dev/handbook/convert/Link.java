package dev.handbook.convert;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;

/**
 * A link to another record written inside markup: {@code [text](runbook:x)}, {@code [[x]]} or {@code xref:x[]}.
 *
 * @param kind the kind named in the link, or null when the link names only an id
 */
public record Link(String target, EntryKind kind, SourcePosition where) {}
