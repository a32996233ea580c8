package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildOptions;
import dev.handbook.Handbook;
import dev.handbook.Snapshot;
import dev.handbook.publish.ContentSecurityPolicy;
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
    Server server;
    LocalConnector connector;

    @BeforeEach
    void serve() throws Exception {
        options = PreviewFixture.write(root);
        handbook = new Handbook();
        site = new PreviewSite(handbook.snapshot(options, true));
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        server.setHandler(new PreviewHandler(site));
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
        server.stop();
        handbook.close();
    }

    HttpTester.Response request(String method, String target) throws Exception {
        return HttpTester.parseResponse(connector.getResponse(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
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
        assertThat(offline.getContent()).contains("Fail over the database", "as of").doesNotContain("EventSource", "_handbook");
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
        site.close();
        site = new PreviewSite(handbook.snapshot(options, true));
        server.stop();
        server.setHandler(new PreviewHandler(site));
        server.start();

        HttpTester.Response page = request("GET", "/runbooks/fix-it.html");

        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContent()).contains("does not build yet", "content/spofs/db-primary.yaml:1:8: error", "/_handbook/reload.js");
    }
}
