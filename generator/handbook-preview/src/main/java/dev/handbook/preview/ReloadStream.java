package dev.handbook.preview;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * One browser's open event stream. Jetty allows one write at a time per response, so a write asked for while another
 * is under way waits for it: a reload replaces a waiting heartbeat, and a heartbeat is dropped if anything is waiting
 * or being written (that write shows the client is still there, or fails). Holds no thread between writes.
 */
final class ReloadStream implements Callback {

    static final String RELOAD = "data: reload\n\n";
    static final String HEARTBEAT = ": heartbeat\n\n";

    private final Response response;
    private final Callback done;
    private final Consumer<ReloadStream> onEnd;
    private long seen;
    private boolean writing;
    private String waiting;
    private boolean ended;

    ReloadStream(Response response, Callback done, long seen, Consumer<ReloadStream> onEnd) {
        this.response = response;
        this.done = done;
        this.seen = seen;
        this.onEnd = onEnd;
    }

    /** Sends the first event; Jetty commits the headers with it, which is when the browser's EventSource opens. */
    void open(String first, long version) {
        reload(version, first);
    }

    /** Sends "reload" unless the page already has this version (or was told already). */
    void reload(long version) {
        reload(version, "");
    }

    private void reload(long version, String before) {
        String event;
        synchronized (this) {
            event = before + (version != seen ? RELOAD : "");
            seen = version;
        }
        if (!event.isEmpty()) {
            send(event, true);
        }
    }

    void heartbeat() {
        send(HEARTBEAT, false);
    }

    private void send(String event, boolean mustArrive) {
        synchronized (this) {
            if (ended || (writing && !mustArrive)) {
                return;
            }
            if (writing) {
                waiting = waiting == null || waiting.equals(HEARTBEAT) ? event : waiting + event;
                return;
            }
            writing = true;
        }
        write(event); // outside the lock: Jetty may call back on this thread or another
    }

    private void write(String event) {
        response.write(false, BufferUtil.toBuffer(event, StandardCharsets.UTF_8), this);
    }

    @Override
    public void succeeded() {
        String next;
        synchronized (this) {
            next = ended ? null : waiting;
            waiting = null;
            writing = next != null;
        }
        if (next != null) {
            write(next);
        }
    }

    /** The browser left (or the server is stopping): forget the stream and end its request. */
    @Override
    public void failed(Throwable failure) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        onEnd.accept(this);
        done.failed(failure);
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }
}
