package dev.handbook.render.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one finished page read, each query with its answer, kept for a rebuild's check. A rebuild checks the reads of
 * every page of the site (360,000 at 10,000 records), most of them about one record each ({@link Query#about}), and
 * an edit changes one or two records: so those reads are kept apart, with the hash of each record's name, and a page
 * none of whose records changed is not asked them at all. Arrays walk faster and weigh a third of a hash map's
 * entries. Immutable.
 */
public final class RecordedReads {

    private final Query<?>[] queries;
    private final Object[] answers;
    private final Query<?>[] aboutQueries;
    private final Object[] aboutAnswers;
    /** The hash of each about query's folded record name. */
    private final int[] aboutHashes;
    /** The distinct values of {@link #aboutHashes}, sorted. */
    private final int[] records;

    private RecordedReads(List<Query<?>> queries, List<Object> answers, List<Query<?>> aboutQueries, List<Object> aboutAnswers,
            int[] aboutHashes) {
        this.queries = queries.toArray(Query<?>[]::new);
        this.answers = answers.toArray();
        this.aboutQueries = aboutQueries.toArray(Query<?>[]::new);
        this.aboutAnswers = aboutAnswers.toArray();
        this.aboutHashes = aboutHashes;
        this.records = Arrays.stream(aboutHashes).sorted().distinct().toArray();
    }

    /**
     * @param aboutRecords the derived answers among {@code reads} made from reads about records only, with those
     *     records' name hashes: such an answer changes only with one of them, so it is kept as a read about each
     */
    static RecordedReads of(Map<Query<?>, Object> reads, Map<Query<?>, int[]> aboutRecords) {
        List<Query<?>> queries = new ArrayList<>();
        List<Object> answers = new ArrayList<>();
        List<Query<?>> aboutQueries = new ArrayList<>();
        List<Object> aboutAnswers = new ArrayList<>();
        List<Integer> aboutHashes = new ArrayList<>();
        for (Map.Entry<Query<?>, Object> read : reads.entrySet()) {
            String about = read.getKey().about();
            int[] hashes = about != null ? new int[] {ChangedRecords.hashOf(about)} : aboutRecords.get(read.getKey());
            if (hashes == null) {
                queries.add(read.getKey());
                answers.add(read.getValue());
                continue;
            }
            for (int hash : hashes) {
                aboutQueries.add(read.getKey());
                aboutAnswers.add(read.getValue());
                aboutHashes.add(hash);
            }
        }
        return new RecordedReads(queries, answers, aboutQueries, aboutAnswers, aboutHashes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether every read is about a record (or about records only, for a derived answer): no read of the whole build. */
    boolean aboutRecordsOnly() {
        return queries.length == 0;
    }

    /** The name hashes of the records read about, sorted, each once. */
    int[] records() {
        return records;
    }

    /** Whether every read gets the same answer from {@code facts}: a page made from them would come out the same. */
    public boolean alike(BuildFacts facts) {
        ChangedRecords changed = facts.changed();
        if (changed.anyOf(records)) {
            for (int i = 0; i < aboutQueries.length; i++) {
                if (changed.has(aboutHashes[i]) && !Objects.equals(facts.answer(aboutQueries[i]), aboutAnswers[i])) {
                    return false;
                }
            }
        }
        for (int i = 0; i < queries.length; i++) {
            if (!Objects.equals(facts.answer(queries[i]), answers[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedReads that && Arrays.equals(queries, that.queries) && Arrays.equals(answers, that.answers)
                && Arrays.equals(aboutQueries, that.aboutQueries) && Arrays.equals(aboutAnswers, that.aboutAnswers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(queries), Arrays.hashCode(answers), Arrays.hashCode(aboutQueries), Arrays.hashCode(aboutAnswers));
    }
}
