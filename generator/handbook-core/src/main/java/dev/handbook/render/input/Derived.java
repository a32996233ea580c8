package dev.handbook.render.input;

/**
 * A kept answer worked out from other answers, all read through a {@link RenderInput}: a table row from its record's
 * fields and freshness, a table from its rows. The build after takes the answer over, the very object, while every
 * query it read answers the same ({@link Derivations}); so an edit that changes no cell of a 6,000-row index works
 * out one row again, and the pages that show the table compare it with the one before at once.
 *
 * @param <T> the answer's type
 */
public interface Derived<T> extends Query<T> {

    /** The answer, read from {@code input} only: what it reads there decides when it is worked out again. */
    T derive(RenderInput input);

    @Override
    default T answer(BuildFacts facts) {
        return derive(new RenderInput(facts));
    }

    @Override
    default boolean kept() {
        return true;
    }
}
