package dev.handbook.bench;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A field value of a record, typed by how it is written: to the handbook's YAML, and to the Hugo copy (simple values
 * go to the front matter, text, references and structured values to the Markdown body).
 *
 * <p>Inline text may hold link markers (see {@link Inline}).
 */
sealed interface Val {

    /** A value written bare: enum, date, duration, period, boolean. */
    record Plain(String value) implements Val {}

    /** A single-line string, written double-quoted. */
    record Str(String value) implements Val {}

    /** Markdown text, possibly several paragraphs separated by blank lines, written as a literal block scalar. */
    record Text(String value) implements Val {}

    /** A reference to one record. */
    record Ref(String id) implements Val {}

    /** References to records, written as a flow list. */
    record Refs(List<String> ids) implements Val {}

    /** Plain words (tags), written as a flow list. */
    record Words(List<String> values) implements Val {}

    /** Single-line strings, written as a block list of quoted strings. */
    record Strs(List<String> values) implements Val {}

    /** Markdown texts, one line each, written as a block list of quoted strings. */
    record Texts(List<String> values) implements Val {}

    /** A list of mappings (timeline events, action items). */
    record Objects(List<LinkedHashMap<String, Val>> values) implements Val {}

    /** A mapping (cadence). */
    record Mapping(LinkedHashMap<String, Val> values) implements Val {}
}
