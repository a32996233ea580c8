package dev.handbook.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** How long each step of a slow test took, printed with its output so that its budget can be watched. Thread-safe. */
final class Timings {

    interface Step {
        void run() throws Exception;
    }

    private final List<String> steps = new ArrayList<>();

    <T> T time(String step, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        try {
            return work.call();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            synchronized (steps) {
                steps.add(step + " " + took.toMillis() / 100 / 10.0 + " s");
            }
        }
    }

    void run(String step, Step work) throws Exception {
        time(step, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public String toString() {
        synchronized (steps) {
            return String.join(", ", steps);
        }
    }
}
