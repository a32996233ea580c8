package dev.handbook.preview;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, with 403 and the reason, requests that name another server in {@code Host} or come from a page of
 * another origin ({@code Origin}): what a DNS-rebinding page or another site's script would send.
 */
final class HostCheck extends Handler.Wrapper {

    private final AllowedHosts allowed;

    HostCheck(AllowedHosts allowed, Handler next) {
        super(next);
        this.allowed = allowed;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (allowed.allowsHost(host) && allowed.allowsOrigin(origin)) {
            return super.handle(request, response, callback);
        }
        String why = allowed.allowsHost(host)
                ? "a page of " + origin + " may not read it"
                : "it does not answer requests for '" + host + "'";
        String body = "handbook preview: refused, " + why + ". The preview serves only this machine's browser, so that"
                + " other web sites cannot read the handbook. Open " + allowed.url() + " instead, or, to serve it"
                + " under another name or address, start it with `handbook serve --host NAME`.\n";
        response.setStatus(HttpStatus.FORBIDDEN_403);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, BufferUtil.toBuffer(body, StandardCharsets.UTF_8), callback);
        return true;
    }
}
