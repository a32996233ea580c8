package dev.handbook.preview;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * The server-sent event streams that tell open pages to reload. A stream is a response left open, written to with
 * Jetty's asynchronous {@code Response.write}: it holds no thread, so open tabs never starve page requests. At most
 * {@link StreamLimits#maxStreams()} are open; one more gets 503 and its page retries later. Idle streams get a
 * heartbeat comment, which finds the browsers that left. Thread-safe.
 */
final class ReloadStreams implements AutoCloseable {

    /** Tells a refused page when to try again; the reload script waits as long. */
    static final int RETRY_SECONDS = 5;

    private final PreviewSite site;
    private final StreamLimits limits;
    private final Set<ReloadStream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("handbook-preview-heartbeat"));
    private int count; // guarded by this: the set's size is not atomic with adding to it

    ReloadStreams(PreviewSite site, StreamLimits limits) {
        this.site = site;
        this.limits = limits;
        long every = limits.heartbeat().toMillis();
        heartbeat.scheduleAtFixedRate(() -> open.forEach(ReloadStream::heartbeat), every, every, TimeUnit.MILLISECONDS);
        site.whenPublished(this::reloadAll);
    }

    /** Opens a stream for the page version in {@code ?v=}; sends "reload" at once if the site has moved on since. */
    void open(Request request, Response response, Callback callback) {
        if (!reserve()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_SECONDS);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            response.write(true, BufferUtil.toBuffer("handbook preview: " + limits.maxStreams() + " pages are already open with live"
                    + " reload; close some tabs. This page tries again in " + RETRY_SECONDS + " s.\n", StandardCharsets.UTF_8), callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        long seen = parse(Request.extractQueryParameters(request).getValue("v"), site.version());
        ReloadStream stream = new ReloadStream(response, callback, seen, this::release);
        open.add(stream);
        request.addFailureListener(stream::failed);
        // Registered before reading the version: a rebuild in between is then sent by reloadAll or here, never lost.
        stream.open("retry: 500\n\n", site.version());
    }

    /** How many streams are open now. */
    int size() {
        return open.size();
    }

    private void reloadAll() {
        long version = site.version();
        open.forEach(stream -> stream.reload(version));
    }

    private synchronized boolean reserve() {
        if (count >= limits.maxStreams()) {
            return false;
        }
        count++;
        return true;
    }

    private synchronized void release(ReloadStream stream) {
        if (open.remove(stream)) {
            count--;
        }
    }

    private static long parse(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Stops the heartbeat; the server's stop closes the streams' connections. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
    }
}
