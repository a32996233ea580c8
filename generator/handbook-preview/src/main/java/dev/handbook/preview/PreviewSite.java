package dev.handbook.preview;

import dev.handbook.Snapshot;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.publish.OfflineHandbook;
import dev.handbook.render.Page;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the preview serves: the last good build, the problems of the newest one (shown as an overlay), and a version
 * that changes with every rebuild so browsers know to reload. Thread-safe: the watcher's thread publishes, request
 * threads read, and listeners hear of every publication.
 */
public final class PreviewSite {

    private Snapshot lastGood;
    private Page offline; // the offline copy of lastGood, written on first request: it is slow and rarely asked for
    private List<Diagnostic> problems = List.of();
    private long version;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public PreviewSite(Snapshot first) {
        publish(first);
    }

    /** Takes in a new build: its pages if it has no errors; its errors otherwise. Then tells the listeners. */
    public void publish(Snapshot snapshot) {
        synchronized (this) {
            if (!snapshot.hasErrors() && snapshot.rendered()) {
                lastGood = snapshot;
                offline = null;
            }
            problems = snapshot.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            version++;
        }
        listeners.forEach(Runnable::run); // outside the lock: they read the version back
    }

    /** Runs {@code listener} after every later {@link #publish}, on the publishing thread; it must not block. */
    public void whenPublished(Runnable listener) {
        listeners.add(listener);
    }

    public synchronized Optional<Page> page(String path) {
        if (lastGood == null) {
            return Optional.empty();
        }
        if (path.equals(OfflineHandbook.PATH) && lastGood.config().offline()) {
            if (offline == null) {
                offline = new OfflineHandbook().write(lastGood.config().title(), lastGood.pages());
            }
            return Optional.of(offline);
        }
        return Optional.ofNullable(lastGood.pages().get(path));
    }

    /** Whether any build has succeeded yet. */
    public synchronized boolean hasSite() {
        return lastGood != null;
    }

    public synchronized List<Diagnostic> problems() {
        return problems;
    }

    public synchronized long version() {
        return version;
    }
}
