package dev.handbook.preview;

import dev.handbook.publish.ContentSecurityPolicy;
import dev.handbook.publish.OfflineHandbook;
import dev.handbook.publish.Page;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the preview: pages from the in-memory build (so no request can reach the file system), with the reload
 * script and error overlay injected into HTML, and the server-sent event stream that tells browsers to reload.
 * Only GET and HEAD; nothing is cacheable, so a browser never shows a stale page.
 */
public final class PreviewHandler extends Handler.Abstract {

    private static final long HEARTBEAT_MILLIS = 15_000;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "ics", "text/calendar;charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "txt", "text/plain;charset=utf-8");

    private final PreviewSite site;

    public PreviewHandler(PreviewSite site) {
        this.site = site;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = Request.getPathInContext(request);
        if (path.equals(PreviewPage.EVENTS_PATH)) {
            events(request, response, callback);
            return true;
        }
        String file = path.startsWith("/") ? path.substring(1) : path;
        if (file.isEmpty() || file.endsWith("/")) {
            file += "index.html";
        }
        if (!file.equals(OfflineHandbook.PATH)) { // the offline copy's own policy allows its inline scripts
            response.getHeaders().put("Content-Security-Policy", ContentSecurityPolicy.HTTP_HEADER);
        }
        if (path.equals(PreviewPage.SCRIPT_PATH)) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPES.get("js"));
            response.write(true, BufferUtil.toBuffer(PreviewPage.RELOAD_JS, StandardCharsets.UTF_8), callback);
            return true;
        }
        if (!site.hasSite()) { // the content was broken from the start: show why, and reload once it builds
            byte[] body = PreviewPage.inject("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>handbook preview</title></head>"
                    + "<body><p>The handbook does not build yet; fix the errors below and this page reloads.</p></body></html>",
                    site.version(), site.problems()).getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            response.write(true, BufferUtil.toBuffer(body), callback);
            return true;
        }
        Optional<Page> page = site.page(file);
        if (page.isEmpty() && site.page(file + "/index.html").isPresent()) {
            Response.sendRedirect(request, response, callback, path + "/");
            return true;
        }
        if (page.isEmpty()) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return true;
        }
        String type = type(file);
        byte[] body = page.get().content();
        // The offline copy is a file to keep: it must not call back to a preview that will be gone.
        if (type.startsWith("text/html") && !file.equals(OfflineHandbook.PATH)) {
            body = PreviewPage.inject(page.get().text(), site.version(), site.problems()).getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, HttpMethod.HEAD.is(method) ? BufferUtil.EMPTY_BUFFER : BufferUtil.toBuffer(body), callback);
        return true;
    }

    /** Sends "reload" as soon as the build version differs from the page's ({@code ?v=}), then keeps the stream alive. */
    private void events(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        long seen = parse(Request.extractQueryParameters(request).getValue("v"), site.version());
        try {
            send(response, "retry: 500\n\n");
            while (!site.closed()) {
                long now = site.awaitChange(seen, HEARTBEAT_MILLIS);
                if (now != seen) {
                    seen = now;
                    send(response, "data: reload\n\n");
                } else {
                    send(response, ": still here\n\n");
                }
            }
            response.write(true, BufferUtil.EMPTY_BUFFER, callback);
        } catch (Exception gone) { // the browser left, or the server is stopping
            callback.failed(gone);
        }
    }

    private static void send(Response response, String text) throws Exception {
        try (Blocker.Callback sent = Blocker.callback()) {
            response.write(false, BufferUtil.toBuffer(text, StandardCharsets.UTF_8), sent);
            sent.block();
        }
    }

    static String type(String file) {
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        String known = TYPES.get(extension);
        if (known != null) {
            return known;
        }
        String guessed = MimeTypes.DEFAULTS.getMimeByExtension(file);
        return guessed == null ? "application/octet-stream" : guessed;
    }

    private static long parse(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
