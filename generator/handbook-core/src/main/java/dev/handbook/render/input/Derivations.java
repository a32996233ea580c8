package dev.handbook.render.input;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers of one build's {@link Derived} queries, each with what it read, and those of the build before: an
 * answer whose reads all answer the same now is taken over instead of worked out again (early cut-off, as in Salsa).
 * Thread-safe: pages render in parallel, and two pages asking at once may both work an answer out; the first one
 * kept is the one every page gets.
 */
public final class Derivations {

    /** No build before: everything is worked out. */
    public static final Derivations NONE = new Derivations(Map.of());

    private final Map<Query<?>, Derivation> before;
    private final Map<Query<?>, Derivation> now;

    private Derivations(Map<Query<?>, Derivation> before) {
        this.before = before;
        this.now = new ConcurrentHashMap<>(before.size()); // sized for the build before's: it asks much the same
    }

    /** The derivations of the next build, which may take over this build's answers. */
    public Derivations next() {
        return new Derivations(now);
    }

    @SuppressWarnings("unchecked")
    <T> T answer(Derived<T> query, BuildFacts facts) {
        Derivation done = now.get(query);
        if (done == null) {
            Derivation kept = before.get(query);
            if (kept == null || !kept.reads().alike(facts)) {
                RenderInput input = new RenderInput(facts);
                kept = new Derivation(query.derive(input), input.reads());
            }
            done = Objects.requireNonNullElse(now.putIfAbsent(query, kept), kept);
        }
        return (T) done.answer();
    }

    /** What the answer to {@code query} was made from; it must have been answered in this build. */
    RecordedReads readsOf(Derived<?> query) {
        return now.get(query).reads();
    }

    private record Derivation(Object answer, RecordedReads reads) {}
}
