package dev.handbook.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively (directory-watcher, on the JDK's WatchService) and hands over the changed paths once a
 * burst is over: an editor that saves by writing a temporary file and renaming it produces one batch, not three.
 * Batches are delivered one at a time, on one thread.
 */
final class ChangeWatcher implements AutoCloseable {

    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("handbook-preview-rebuild"));
    private final long quietMillis;
    private final Consumer<Set<Path>> onChange;
    private final Set<Path> pending = new LinkedHashSet<>();
    private ScheduledFuture<?> flush;

    ChangeWatcher(List<Path> folders, long quietMillis, Consumer<Set<Path>> onChange) throws IOException {
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        this.watcher = DirectoryWatcher.builder().paths(folders).fileHashing(false).listener(this::onEvent).build();
        watcher.watchAsync();
    }

    private synchronized void onEvent(DirectoryChangeEvent event) {
        // An overflow lost events: report the root, which makes the rebuild rescan everything.
        pending.add(event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW ? event.rootPath() : event.path());
        if (flush != null) {
            flush.cancel(false);
        }
        flush = thread.schedule(this::deliver, quietMillis, TimeUnit.MILLISECONDS);
    }

    private void deliver() {
        Set<Path> batch;
        synchronized (this) {
            batch = Set.copyOf(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) {
            onChange.accept(batch);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.shutdownNow();
    }
}
