package dev.handbook.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively (directory-watcher, on the JDK's WatchService) and hands over the changed paths once a
 * burst is over: an editor that saves by writing a temporary file and renaming it produces one batch, not three.
 * Batches are delivered one at a time, on one thread. The folders can change while it runs ({@link #watch}), since
 * the site config decides which folders a build reads; folders it is told to ignore (build output) and hidden ones
 * ({@code .git}) are never watched, so writing a site or committing does not look like an edit.
 */
final class ChangeWatcher implements AutoCloseable {

    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("handbook-preview-rebuild"));
    private final ExecutorService loops = Executors.newCachedThreadPool(DaemonThreads.named("handbook-preview-watch"));
    private final List<Path> ignored;
    private final long quietMillis;
    private final Consumer<Set<Path>> onChange;
    private final Set<Path> pending = new LinkedHashSet<>();
    private ScheduledFuture<?> flush;
    private DirectoryWatcher watcher;
    private List<Path> folders = List.of();
    private WatchedTree tree = new WatchedTree(List.of(), List.of());

    /** @param ignored folders never to watch, such as the output folder, unless a watched folder lies inside one */
    ChangeWatcher(List<Path> ignored, long quietMillis, Consumer<Set<Path>> onChange) {
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.quietMillis = quietMillis;
        this.onChange = onChange;
    }

    /**
     * Watches {@code folders} (existing, absolute) from now on instead of those before; nothing changes if they are the
     * same. The new folders are registered before this returns, so a change made afterwards is seen.
     */
    synchronized void watch(List<Path> folders) throws IOException {
        if (folders.equals(this.folders)) {
            return;
        }
        WatchedTree next = new WatchedTree(folders, ignored);
        DirectoryWatcher started = DirectoryWatcher.builder().paths(folders).fileHashing(false).fileTreeVisitor(next)
                .listener(this::onEvent).build();
        started.watchAsync(loops); // registers every folder now; only the event loop runs on the executor
        DirectoryWatcher before = watcher;
        watcher = started;
        this.folders = List.copyOf(folders);
        tree = next;
        if (before != null) {
            before.close(); // after the new one started, so no change falls between the two
        }
    }

    private synchronized void onEvent(DirectoryChangeEvent event) {
        if (event.path() != null && tree.ignores(event.path())) {
            return; // e.g. target/ created in a watched folder: not a change to anything the build reads
        }
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
        synchronized (this) {
            if (watcher != null) {
                watcher.close();
            }
        }
        loops.shutdownNow();
        thread.shutdownNow();
    }
}
