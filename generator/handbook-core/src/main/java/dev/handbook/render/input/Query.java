package dev.handbook.render.input;

/**
 * One question a page asks of the build, such as "the record {@code runbook:db-failover}" or "the edges into
 * {@code spof:pg-primary}". A page's render records each query it asked and the answer it got; a rebuild asks the
 * same queries of the new build and re-renders the page only if an answer differs. So a query is a value (a record:
 * equal queries ask the same thing) and its answer must be one too: compared with {@code equals}, never mutated.
 *
 * @param <T> the answer's type
 */
public interface Query<T> {

    /** The answer in {@code facts}; it reads only {@code facts}, so the same facts always give an equal answer. */
    T answer(BuildFacts facts);

    /**
     * Whether the answer is worth keeping for the rest of the build: true for answers that take work (a listing, a
     * table, every record); false for a lookup, which is as quick to answer again as to look up in a cache, and a
     * rebuild checks hundreds of thousands of them. A kept answer may ask other kept answers, but none of its own
     * class: answers are kept in one map per query class, filled while they are worked out.
     */
    default boolean kept() {
        return false;
    }

    /**
     * The name of the one record whose facts alone give the answer (its entry, conversion, edges or freshness), or of
     * the one build-wide fact it reads ({@link ChangedRecords#CONFIG}, {@link ChangedRecords#AS_OF},
     * {@link ChangedRecords#VERIFICATION}); null when the answer reads anything else. A rebuild does not ask a query
     * about a record whose facts did not change ({@link ChangedRecords}): it answers as before.
     */
    default String about() {
        return null;
    }
}
