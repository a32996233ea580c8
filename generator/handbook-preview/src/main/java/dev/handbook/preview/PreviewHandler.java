package dev.handbook.preview;

import dev.handbook.render.ContentSecurityPolicy;
import dev.handbook.model.PagePaths;
import dev.handbook.publish.OfflineHandbook;
import dev.handbook.publish.RootedPage;
import dev.handbook.render.Page;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the preview: pages from the in-memory build (so no request can reach the file system), with the reload
 * script and error overlay injected into HTML, and the server-sent event stream that tells browsers to reload.
 * Only GET and HEAD; nothing is cacheable, so a browser never shows a stale page.
 */
public final class PreviewHandler extends Handler.Abstract {

    /** Bodies go out in slices this big: the JDK caches a direct buffer per thread as large as the largest heap write. */
    static final int SLICE_BYTES = 64 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "ics", "text/calendar;charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "txt", "text/plain;charset=utf-8");

    private final PreviewSite site;
    private final ReloadStreams streams;
    private final GameDayWrites writes;

    PreviewHandler(PreviewSite site, ReloadStreams streams) {
        this(site, streams, null);
    }

    /** @param writes where game-day records may be saved ({@code --allow-write}); null: the preview writes nothing */
    PreviewHandler(PreviewSite site, ReloadStreams streams, GameDayWrites writes) {
        this.site = site;
        this.streams = streams;
        this.writes = writes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (writes != null && writes.handles(request)) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            writes.handle(request, response, callback);
            return true;
        }
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = Request.getPathInContext(request);
        if (path.equals(PreviewPage.EVENTS_PATH)) {
            streams.open(request, response, callback);
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
            write(response, PreviewPage.RELOAD_JS.getBytes(StandardCharsets.UTF_8), callback);
            return true;
        }
        if (!site.hasSite()) { // the content was broken from the start: show why, and reload once it builds
            byte[] body = PreviewPage.inject("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>handbook preview</title></head>"
                    + "<body><p>The handbook does not build yet; fix the errors below and this page reloads.</p></body></html>",
                    site.version(), site.problems()).getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            write(response, body, callback);
            return true;
        }
        Optional<Page> page = site.page(file);
        if (page.isEmpty() && site.page(file + "/index.html").isPresent()) {
            Response.sendRedirect(request, response, callback, path + "/");
            return true;
        }
        if (page.isEmpty()) {
            Optional<Page> notFound = site.page(PagePaths.NOT_FOUND);
            if (notFound.isEmpty()) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                return true;
            }
            response.setStatus(HttpStatus.NOT_FOUND_404); // the site's own 404 page, its links made to work from here
            page = Optional.of(RootedPage.of(notFound.get(), "/"));
            file = PagePaths.NOT_FOUND;
        }
        String type = type(file);
        byte[] body = page.get().content();
        // The offline copy is a file to keep: it must not call back to a preview that will be gone.
        if (type.startsWith("text/html") && !file.equals(OfflineHandbook.PATH)) {
            body = PreviewPage.inject(page.get().text(), site.version(), site.problems(), writes == null ? null : writes.token())
                    .getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        write(response, HttpMethod.HEAD.is(method) ? new byte[0] : body, callback);
        return true;
    }

    /** Writes the body slice by slice, without blocking: see {@link #SLICE_BYTES}. */
    private static void write(Response response, byte[] body, Callback callback) {
        List<ByteBuffer> slices = new ArrayList<>();
        for (int at = 0; at < body.length; at += SLICE_BYTES) {
            slices.add(ByteBuffer.wrap(body, at, Math.min(SLICE_BYTES, body.length - at)));
        }
        Content.copy(new ByteBufferContentSource(slices), response, callback);
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
}
