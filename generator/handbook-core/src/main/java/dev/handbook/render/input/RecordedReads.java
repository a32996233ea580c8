package dev.handbook.render.input;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * What one finished page read, each query with its answer, in two arrays: a rebuild walks the reads of every page of
 * the site (360,000 at 10,000 records), and arrays walk faster and weigh a third of a hash map's entries. Immutable.
 */
public final class RecordedReads {

    private final Query<?>[] queries;
    private final Object[] answers;

    private RecordedReads(Query<?>[] queries, Object[] answers) {
        this.queries = queries;
        this.answers = answers;
    }

    static RecordedReads of(Map<Query<?>, Object> reads) {
        Query<?>[] queries = new Query<?>[reads.size()];
        Object[] answers = new Object[reads.size()];
        int i = 0;
        for (Map.Entry<Query<?>, Object> read : reads.entrySet()) {
            queries[i] = read.getKey();
            answers[i++] = read.getValue();
        }
        return new RecordedReads(queries, answers);
    }

    /** Whether every read gets the same answer from {@code facts}: a page made from them would come out the same. */
    public boolean alike(BuildFacts facts) {
        for (int i = 0; i < queries.length; i++) {
            if (!Objects.equals(facts.answer(queries[i]), answers[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedReads that && Arrays.equals(queries, that.queries) && Arrays.equals(answers, that.answers);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(queries) + Arrays.hashCode(answers);
    }
}
