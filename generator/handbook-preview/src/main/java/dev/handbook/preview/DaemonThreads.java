package dev.handbook.preview;

import java.util.concurrent.ThreadFactory;

/** Threads that never keep the JVM alive: the preview's background work stops with it. */
final class DaemonThreads {

    private DaemonThreads() {}

    static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
