package dev.handbook.render.input;

import java.util.HashMap;
import java.util.Map;

/** What one page read while it was made: each query and its answer. Used by one page's render, on one thread. */
public final class PageReads {

    /**
     * A derived answer made from reads about at most this many records counts as a read about each: a table row
     * reads a few, and a page's reads stay small. One made from more is checked as a whole.
     */
    private static final int MOST_RECORDS = 64;

    private final BuildFacts facts;
    private final Map<Query<?>, Object> reads = new HashMap<>();
    /** The derived answers read that are made from reads about records only, with those records' name hashes. */
    private final Map<Query<?>, int[]> aboutRecords = new HashMap<>();

    public PageReads(BuildFacts facts) {
        this.facts = facts;
    }

    /** Answers {@code query} and records that the page read it. */
    public <T> T ask(Query<T> query) {
        T answer = facts.answer(query);
        reads.put(query, answer);
        if (query instanceof Derived<T> derived) {
            RecordedReads made = facts.derivedReads(derived);
            if (made.aboutRecordsOnly() && made.records().length <= MOST_RECORDS) {
                aboutRecords.put(query, made.records());
            }
        }
        return answer;
    }

    /** Every query asked so far and its answer. */
    public RecordedReads recorded() {
        return RecordedReads.of(reads, aboutRecords);
    }
}
