package dev.handbook.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers for building the immutable lists records expose. */
final class Lists {
    private Lists() {}

    /** Concatenates single values (nulls skipped) and collections into one immutable list. */
    @SuppressWarnings("unchecked")
    static <T> List<T> of(Object... parts) {
        List<T> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Collection<?> many) {
                for (Object item : many) { // a loop: records' references() run for every record on each rebuild
                    if (item != null) {
                        all.add((T) item);
                    }
                }
            } else if (part != null) {
                all.add((T) part);
            }
        }
        return List.copyOf(all);
    }
}
