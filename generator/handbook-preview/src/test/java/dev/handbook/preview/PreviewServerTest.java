package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server for real, on a free loopback port: a change on disk reaches an open event stream, other names
 * are refused, and streams are capped, kept alive and dropped when their browser leaves.
 */
class PreviewServerTest {

    @TempDir Path root;

    @Test
    void aSavedFileIsRebuiltAndOpenPagesAreToldToReload() throws Exception {
        StringWriter log = new StringWriter();
        try (PreviewServer preview = PreviewServer.start(PreviewFixture.write(root), "127.0.0.1", 0, new PrintWriter(log, true))) {
            assertThat(preview.url()).matches("http://127\\.0\\.0\\.1:[0-9]+/");
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<Stream<String>> events = client.send(
                    HttpRequest.newBuilder(URI.create(preview.url() + "_handbook/events?v=" + preview.site().version())).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
            CompletableFuture<Boolean> reload = CompletableFuture.supplyAsync(() -> events.body().anyMatch(line -> line.equals("data: reload")));

            PreviewFixture.write(root.resolve("content/runbooks/fix-it.md"), PreviewFixture.RUNBOOK.replace("Fail over the database", "Fail over Postgres"));

            assertThat(reload.get(10, TimeUnit.SECONDS)).isTrue();
            String page = client.send(HttpRequest.newBuilder(URI.create(preview.url() + "runbooks/fix-it.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("<h1>Fail over Postgres</h1>");
            assertThat(log.toString()).containsPattern("Rebuilt in [0-9]+ ms");
        }
    }

    @Test
    void anUnknownPathGetsTheSitesOwn404PageWithLinksThatWorkFromThere() throws Exception {
        try (PreviewServer preview = PreviewServer.start(PreviewFixture.write(root), "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> missing = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(preview.url() + "runbooks/renamed-long-ago.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("<h1>Page not found</h1>", "id=\"search-input\"", "href=\"/assets/handbook.css\"",
                    "<a href=\"/index.html\">the home page</a>", "data-root=\"/\"").doesNotContain("Powered by Jetty");
            HttpResponse<String> style = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(preview.url() + "assets/handbook.css")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(style.statusCode()).as("the 404 page's stylesheet").isEqualTo(200);
        }
    }

    @Test
    void onlyRequestsForThisMachinesAddressAreAnswered() throws Exception {
        try (PreviewServer preview = PreviewServer.start(PreviewFixture.write(root), "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
            int port = URI.create(preview.url()).getPort();
            try (LoopbackSocket evil = new LoopbackSocket(port, "evil.com", "/runbooks/fix-it.html")) {
                assertThat(evil.status()).isEqualTo(403);
                assertThat(evil.readUntil("Open http://127.0.0.1:" + port + "/ instead")).isTrue();
            }
            try (LoopbackSocket local = new LoopbackSocket(port, "127.0.0.1:" + port, "/runbooks/fix-it.html")) {
                assertThat(local.status()).isEqualTo(200);
                assertThat(local.readUntil("Fail over the database")).isTrue();
            }
        }
    }

    @Test
    void anIdleStreamGetsHeartbeatsAndALeftStreamIsDropped() throws Exception {
        StreamLimits limits = new StreamLimits(8, Duration.ofMillis(200));
        try (PreviewServer preview = PreviewServer.start(PreviewFixture.write(root), "127.0.0.1", 0, limits, new PrintWriter(new StringWriter()))) {
            int port = URI.create(preview.url()).getPort();
            LoopbackSocket stream = new LoopbackSocket(port, "127.0.0.1:" + port, "/_handbook/events?v=" + preview.site().version());
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.readUntil(": heartbeat")).isTrue();
            assertThat(preview.streams().size()).isEqualTo(1);

            stream.close(); // the tab closed without a word: the next heartbeats find out
            PreviewLoadTest.awaitUntil(() -> preview.streams().size() == 0, "the left stream is dropped");
        }
    }

    @Test
    void beyondTheCapAStreamIsRefusedWithARetryHint() throws Exception {
        StreamLimits limits = new StreamLimits(2, Duration.ofSeconds(15));
        try (PreviewServer preview = PreviewServer.start(PreviewFixture.write(root), "127.0.0.1", 0, limits, new PrintWriter(new StringWriter()))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest events = HttpRequest.newBuilder(URI.create(preview.url() + "_handbook/events")).build();
            HttpResponse<Stream<String>> first = client.send(events, HttpResponse.BodyHandlers.ofLines());
            HttpResponse<Stream<String>> second = client.send(events, HttpResponse.BodyHandlers.ofLines());

            HttpResponse<String> third = client.send(events, HttpResponse.BodyHandlers.ofString());

            assertThat(List.of(first.statusCode(), second.statusCode(), third.statusCode())).containsExactly(200, 200, 503);
            assertThat(third.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(third.body()).contains("2 pages are already open with live reload; close some tabs");
            first.body().close();
            second.body().close();
        }
    }
}
