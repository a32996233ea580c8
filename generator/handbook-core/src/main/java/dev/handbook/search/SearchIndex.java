package dev.handbook.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.catalog.Catalog;
import dev.handbook.convert.Conversions;
import dev.handbook.convert.MarkupConverter.ConvertedEntry;
import dev.handbook.model.Entry;
import dev.handbook.model.PagePaths;
import dev.handbook.render.Page;
import dev.handbook.render.input.EntrySummary;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The documents the browser's full-text search indexes, one per record, written as {@code search-index.js}: a script
 * that sets a global, because a page opened from {@code file://} may load scripts but not fetch JSON. Each document is
 * serialised once and reused while its record and conversion stay the same objects, so an incremental rebuild pays
 * only for what changed. Immutable.
 */
public final class SearchIndex {

    /** Where the index is written, relative to the site root. */
    public static final String PATH = "search-index.js";
    /** The global the script sets; {@code handbook.js} reads it. */
    public static final String GLOBAL = "HANDBOOK_SEARCH";
    /**
     * Body text beyond this many characters is left out, less in larger handbooks, so that the browser can load and
     * index everything in a few seconds. The cap changes at a few sizes only, since a change rewrites every document.
     */
    static int bodyCap(int records) {
        return records <= 1_000 ? 6_000 : records <= 4_000 ? 2_000 : 800;
    }

    public static final SearchIndex EMPTY = new SearchIndex(new TreeMap<>());

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // "<" as \u003c: no "</script>" or "<!--" can end the script early, even inlined into a page.
        JSON.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    /** One record's document, kept as UTF-8 so writing the index copies bytes rather than encoding megabytes again. */
    private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);

    private record Doc(Entry entry, ConvertedEntry converted, int cap, byte[] json) {}

    /** By page path, so the script lists documents in a stable order without sorting them again. */
    private final SortedMap<String, Doc> docs;

    private SearchIndex(SortedMap<String, Doc> docs) {
        this.docs = Collections.unmodifiableSortedMap(docs);
    }

    /** The documents of every record in {@code catalog}, reusing those of {@code previous} that did not change. */
    public SearchIndex update(Catalog catalog, Conversions conversions) {
        SortedMap<String, Doc> next = new ConcurrentSkipListMap<>();
        int cap = bodyCap(catalog.size());
        catalog.entries().parallelStream().forEach(entry -> {
            ConvertedEntry converted = conversions.entries().get(entry.id());
            String path = PagePaths.entry(entry.id());
            Doc old = docs.get(path);
            boolean same = old != null && old.entry() == entry && old.converted() == converted && old.cap() == cap;
            next.put(path, same ? old : new Doc(entry, converted, cap, json(entry, conversions, cap).getBytes(StandardCharsets.UTF_8)));
        });
        return new SearchIndex(next);
    }

    /** The {@code search-index.js} page: every document, sorted by page path. */
    public Page page() {
        // written into one array of the exact size: at 10,000 records the file is some 19 MB, and a rebuild writes it anew
        byte[] head = ("window." + GLOBAL + " = {\"docs\": [\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n]};\n".getBytes(StandardCharsets.UTF_8);
        long size = head.length + tail.length + (long) SEPARATOR.length * Math.max(0, docs.size() - 1);
        for (Doc doc : docs.values()) {
            size += doc.json().length;
        }
        byte[] content = new byte[Math.toIntExact(size)];
        int at = put(head, content, 0);
        boolean first = true;
        for (Doc doc : docs.values()) {
            at = put(doc.json(), content, first ? at : put(SEPARATOR, content, at));
            first = false;
        }
        put(tail, content, at);
        return new Page(PATH, content);
    }

    private static int put(byte[] part, byte[] content, int at) {
        System.arraycopy(part, 0, content, at, part.length);
        return at + part.length;
    }


    private static String json(Entry entry, Conversions conversions, int cap) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("u", PagePaths.entry(entry.id()));
        doc.put("t", entry.title());
        doc.put("k", entry.id().kind().label());
        doc.put("i", entry.id().name());
        doc.put("g", String.join(" ", entry.meta().tags()));
        doc.put("o", entry.meta().owner() == null ? "" : entry.meta().owner());
        doc.put("n", EntrySummary.of(entry).note());
        String body = conversions.text(entry.id());
        doc.put("b", body.length() > cap ? body.substring(0, cap) : body);
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the search document of " + entry.id(), e);
        }
    }

    /** Jackson's standard escapes, plus {@code <}, {@code >} and {@code &} as unicode escapes. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
