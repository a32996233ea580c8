package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildOptions;
import dev.handbook.Handbook;
import dev.handbook.Snapshot;
import dev.handbook.render.ContentSecurityPolicy;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview handler in memory (Jetty's LocalConnector): what it serves, to whom, and what it refuses. */
class PreviewHandlerTest {

    @TempDir Path root;
    Handbook handbook;
    BuildOptions options;
    PreviewSite site;
    ReloadStreams streams;
    Server server;
    LocalConnector connector;

    @BeforeEach
    void start() throws Exception {
        options = PreviewFixture.write(root);
        handbook = new Handbook();
        site = new PreviewSite(handbook.snapshot(options, true));
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        serve(site);
        server.start();
    }

    /** The handler chain PreviewServer builds, for a server said to listen on 127.0.0.1:8000. */
    void serve(PreviewSite served) {
        streams = new ReloadStreams(served, StreamLimits.DEFAULTS);
        server.setHandler(new HostCheck(new AllowedHosts("127.0.0.1", () -> 8000), new PreviewHandler(served, streams)));
    }

    @AfterEach
    void stop() throws Exception {
        streams.close();
        server.stop();
        handbook.close();
    }

    HttpTester.Response request(String method, String target) throws Exception {
        return raw(method + " " + target + " HTTP/1.1\r\nHost: localhost:8000\r\nConnection: close\r\n\r\n");
    }

    HttpTester.Response raw(String request) throws Exception {
        return HttpTester.parseResponse(connector.getResponse(request));
    }

    @Test
    void anAddressWithNoPageGetsTheSitesOwn404PageWhoseLinksWorkFromThere() throws Exception {
        HttpTester.Response response = request("GET", "/runbooks/renamed-long-ago.html");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.get("Content-Type")).startsWith("text/html");
        assertThat(response.getContent()).contains("<h1>Page not found</h1>", "href=\"/assets/handbook.css\"", "href=\"/runbooks/index.html\"",
                "data-root=\"/\"", "id=\"search-input\"", "/_handbook/reload.js");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.com", "evil.com:8000", "127.0.0.1:9000", "localhost", "127.0.0.1.nip.io:8000", "[::1]:80"})
    void aRequestForAnotherServerIsRefusedWithTheWayIn(String host) throws Exception {
        HttpTester.Response response = raw("GET /runbooks/fix-it.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");

        assertThat(response.getStatus()).as(host).isEqualTo(403);
        assertThat(response.getContent()).contains("'" + host + "'", "Open http://127.0.0.1:8000/", "--host")
                .doesNotContain("Fail over the database");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:8000", "localhost:8000", "[::1]:8000", "LOCALHOST:8000"})
    void thisMachinesNamesWithThePortAreServed(String host) throws Exception {
        HttpTester.Response response = raw("GET /runbooks/fix-it.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");

        assertThat(response.getStatus()).as(host).isEqualTo(200);
        assertThat(response.getContent()).contains("Fail over the database");
    }

    @Test
    void anHttp10RequestWithoutHostIsServed() throws Exception {
        assertThat(raw("GET /runbooks/fix-it.html HTTP/1.0\r\n\r\n").getStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.com", "null", "http://127.0.0.1:9000", "https://127.0.0.1:8000"})
    void anotherSitesPageCannotOpenTheReloadStream(String origin) throws Exception {
        HttpTester.Response response = raw("GET /_handbook/events?v=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nOrigin: " + origin
                + "\r\nConnection: close\r\n\r\n");

        assertThat(response.getStatus()).as(origin).isEqualTo(403);
        assertThat(response.getContent()).contains("a page of " + origin + " may not read it");
        assertThat(streams.size()).isZero();
    }

    @Test
    void servesPagesWithTheReloadScriptAndNoCaching() throws Exception {
        HttpTester.Response page = request("GET", "/runbooks/fix-it.html");

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.get("Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(page.get("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getContent()).contains("<h1>Fail over the database</h1>", "<script src=\"/_handbook/reload.js\" data-version=\"1\">")
                .doesNotContain("handbook-overlay");
        assertThat(page.getContent().indexOf("/_handbook/reload.js")).isLessThan(page.getContent().indexOf("</body>"));
        HttpTester.Response script = request("GET", "/_handbook/reload.js");
        assertThat(script.get("Content-Type")).isEqualTo("text/javascript;charset=utf-8");
        assertThat(script.getContent()).contains("new EventSource('/_handbook/events?v='");
    }

    @Test
    void pagesComeWithTheContentSecurityPolicyAndTheOfflineCopyWithItsOwn() throws Exception {
        assertThat(request("GET", "/runbooks/fix-it.html").get("Content-Security-Policy"))
                .isEqualTo(ContentSecurityPolicy.HTTP_HEADER).contains("script-src 'self'", "frame-ancestors 'none'");
        // Its inline scripts are allowed by the hashes in its <meta>; a header could only take them away.
        assertThat(request("GET", "/handbook-offline.html").get("Content-Security-Policy")).isNull();
    }

    @Test
    void theOfflineCopyIsWrittenOnRequestWithoutThePreviewScript() throws Exception {
        HttpTester.Response offline = request("GET", "/handbook-offline.html");

        assertThat(offline.getStatus()).isEqualTo(200);
        // the game-day script names the preview's save address, but the copy carries no token to use it with
        assertThat(offline.getContent()).contains("Fail over the database", "as of")
                .doesNotContain("EventSource", "/_handbook/reload.js", "handbook-write-token\" content");
    }

    @Test
    void theHomePageAndFoldersResolveToTheirIndex() throws Exception {
        assertThat(request("GET", "/").getContent()).contains("<title>Preview test</title>");
        HttpTester.Response folder = request("GET", "/runbooks");
        assertThat(folder.getStatus()).isEqualTo(302);
        assertThat(folder.get("Location")).endsWith("/runbooks/");
        assertThat(request("GET", "/runbooks/").getContent()).contains("Fail over the database");
    }

    @Test
    void contentTypesFollowTheFileType() throws Exception {
        assertThat(request("GET", "/assets/handbook.css").get("Content-Type")).isEqualTo("text/css;charset=utf-8");
        assertThat(request("GET", "/schedule.ics").get("Content-Type")).isEqualTo("text/calendar;charset=utf-8");
        assertThat(request("GET", "/assets/handbook.css").getContent()).doesNotContain("EventSource");
    }

    @Test
    void anImageABodyLinksIsServedFromTheSiteWithItsType() throws Exception {
        PreviewFixture.write(root.resolve("content/runbooks/img/lag.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"5\"/></svg>");
        PreviewFixture.write(root.resolve("content/runbooks/fix-it.md"), PreviewFixture.RUNBOOK + "\n![lag](img/lag.svg)\n");
        site.publish(handbook.snapshot(options, true));

        HttpTester.Response image = request("GET", "/files/content/runbooks/img/lag.svg");
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.get("Content-Type")).startsWith("image/svg+xml");
        assertThat(image.getContent()).contains("<rect width=\"5\"/>").doesNotContain("EventSource");
        assertThat(request("GET", "/runbooks/fix-it.html").getContent()).contains("src=\"../files/content/runbooks/img/lag.svg\"");
    }

    @Test
    void headSendsTheHeadersOfGetWithoutABody() throws Exception {
        HttpTester.Response get = request("GET", "/index.html");
        HttpTester.Response head = request("HEAD", "/index.html");

        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.get("Content-Length")).isEqualTo(get.get("Content-Length"));
        assertThat(head.getContent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void onlyGetAndHeadAreAllowed(String method) throws Exception {
        HttpTester.Response response = request(method, "/index.html");

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.get("Allow")).isEqualTo("GET, HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fpom.xml", "/..%5c..%5cpom.xml",
        "//etc/passwd", "/etc/passwd", "/" + "content/runbooks/fix-it.md", "/site/handbook.yaml", "/.handbook-site"})
    void nothingOutsideTheSiteIsReachable(String target) throws Exception {
        HttpTester.Response response = request("GET", target);

        assertThat(response.getStatus()).as(target).isIn(400, 404);
        assertThat(response.getContent()).doesNotContain("root:", "title:", "Written by handbook");
    }

    @Test
    void aBrokenBuildKeepsTheLastGoodSiteWithTheErrorsOnTop() throws Exception {
        PreviewFixture.write(root.resolve("content/runbooks/fix-it.md"), "---\ntitle: [broken\n---\n1. x\n");
        Snapshot broken = handbook.snapshot(options, true);
        site.publish(broken);

        HttpTester.Response page = request("GET", "/runbooks/fix-it.html");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContent()).contains("<h1>Fail over the database</h1>", "id=\"handbook-overlay\"",
                "content/runbooks/fix-it.md:2:8: error: Invalid YAML", "data-version=\"2\"");

        PreviewFixture.write(root.resolve("content/runbooks/fix-it.md"), PreviewFixture.RUNBOOK);
        site.publish(handbook.snapshot(options, true));
        assertThat(request("GET", "/runbooks/fix-it.html").getContent()).doesNotContain("handbook-overlay");
    }

    @Test
    void contentBrokenFromTheStartShowsItsErrorsUntilItBuilds() throws Exception {
        PreviewFixture.write(root.resolve("content/spofs/db-primary.yaml"), "title: [broken\n");
        streams.close();
        site = new PreviewSite(handbook.snapshot(options, true));
        server.stop();
        serve(site);
        server.start();

        HttpTester.Response page = request("GET", "/runbooks/fix-it.html");

        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContent()).contains("does not build yet", "content/spofs/db-primary.yaml:1:8: error", "/_handbook/reload.js");
    }
}
