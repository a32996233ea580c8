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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server for real, on a free loopback port: a change on disk reaches an open event stream. */
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
}
