package dev.handbook.cli;

import dev.handbook.Handbook;

/**
 * A {@link Handbook} lent to one command run: closed after the run if the command started it, kept open if it is
 * shared by many runs (an in-process test of hundreds of builds starts AsciidoctorJ once).
 */
record HandbookLease(Handbook handbook, boolean owned) implements AutoCloseable {

    @Override
    public void close() {
        if (owned) {
            handbook.close();
        }
    }
}
