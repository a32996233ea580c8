package dev.handbook.render.input;

import java.util.HashMap;
import java.util.Map;

/** What one page read while it was made: each query and its answer. Used by one page's render, on one thread. */
public final class PageReads {

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
            if (made.aboutRecordsOnly()) {
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
