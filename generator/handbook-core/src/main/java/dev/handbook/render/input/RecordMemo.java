package dev.handbook.render.input;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers worked out from one record object, kept from build to build while the record is the very same object (its
 * file was not parsed again). A link's title and one-line summary are asked of every record by the pages that link to
 * it, and a rebuild asks them all again; for the records an edit did not touch this hands back the answer it gave
 * before, which also compares equal at once. Thread-safe.
 */
public final class RecordMemo {

    private final Map<Identity, Object> answers;

    public RecordMemo() {
        this(new ConcurrentHashMap<>());
    }

    private RecordMemo(Map<Identity, Object> answers) {
        this.answers = answers;
    }

    /** The memo for the next build: the answers of records that are still in {@code facts}, nothing else. */
    RecordMemo keptFor(Collection<?> records) {
        Map<Identity, Object> next = new ConcurrentHashMap<>();
        for (Object record : records) {
            Identity key = new Identity(record);
            Object answer = answers.get(key);
            if (answer != null) {
                next.put(key, answer);
            }
        }
        return new RecordMemo(next);
    }

    @SuppressWarnings("unchecked")
    <R, T> T of(R record, Function<R, T> answer) {
        return (T) answers.computeIfAbsent(new Identity(record), k -> answer.apply(record));
    }

    /** A key equal only to the same object: records compare by value, which would mean hashing a whole body. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}
