package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook serve} on a repository whose records are only in {@code sources:} folders (no content/ at all), on a
 * real loopback port: an edit in a source folder reloads open pages with the new text, a source added to
 * handbook.yaml while serving is watched from then on, and the output folder and target/ are never watched.
 */
class PreviewSourcesTest {

    static final String CONFIG = "title: Sources preview\nsources:\n  - path: docs/adr\n    kind: adr\n    defaults: {owner: team-arch}\n";
    static final String ADR = "# 1. Record architecture decisions\n\nDate: 2026-11-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe keep ADRs.\n";
    static final String RUNBOOK = "# Restart the API\n\n1. Run `kubectl rollout restart deploy/api`.\n";

    @TempDir Path root;

    final HttpClient client = HttpClient.newHttpClient();

    BuildOptions repository() {
        PreviewFixture.write(root.resolve("site/handbook.yaml"), CONFIG);
        PreviewFixture.write(root.resolve("docs/adr/0001-record-architecture-decisions.md"), ADR);
        return BuildOptions.defaults(root).withAsOf(LocalDate.parse("2026-11-23"));
    }

    @Test
    void anEditInASourceFolderOutsideContentReloadsThePageWithTheNewText() throws Exception {
        try (PreviewServer preview = PreviewServer.start(repository(), "127.0.0.1", 0, new PrintWriter(new StringWriter(), true))) {
            assertThat(page(preview, "adrs/0001-record-architecture-decisions.html")).contains("We keep ADRs.");
            CompletableFuture<Boolean> reload = reloadAfter(preview);

            PreviewFixture.write(root.resolve("docs/adr/0001-record-architecture-decisions.md"), ADR.replace("We keep ADRs.", "We keep ADRs in docs/adr."));

            assertThat(reload.get(10, TimeUnit.SECONDS)).as("a reload event after the edit").isTrue();
            assertThat(page(preview, "adrs/0001-record-architecture-decisions.html")).contains("We keep ADRs in docs/adr.");
        }
    }

    @Test
    void aSourceAddedToTheConfigWhileServingIsWatchedAndARemovedOneIsNot() throws Exception {
        BuildOptions options = repository();
        PreviewFixture.write(root.resolve("ops/runbooks/restart-api.md"), RUNBOOK);
        try (PreviewServer preview = PreviewServer.start(options, "127.0.0.1", 0, new PrintWriter(new StringWriter(), true))) {
            CompletableFuture<Boolean> added = reloadAfter(preview);
            PreviewFixture.write(root.resolve("site/handbook.yaml"), CONFIG + "  - path: ops/runbooks\n    kind: runbook\n    defaults: {owner: team-sre}\n");
            assertThat(added.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(page(preview, "runbooks/restart-api.html")).contains("kubectl rollout restart");

            CompletableFuture<Boolean> edited = reloadAfter(preview);
            PreviewFixture.write(root.resolve("ops/runbooks/restart-api.md"), RUNBOOK.replace("deploy/api", "deploy/api-gateway"));
            assertThat(edited.get(10, TimeUnit.SECONDS)).as("a reload after editing the added source").isTrue();
            assertThat(page(preview, "runbooks/restart-api.html")).contains("deploy/api-gateway");

            CompletableFuture<Boolean> removed = reloadAfter(preview);
            PreviewFixture.write(root.resolve("site/handbook.yaml"), CONFIG);
            assertThat(removed.get(10, TimeUnit.SECONDS)).isTrue();
            assertNoRebuildAfter(preview, () -> PreviewFixture.write(root.resolve("ops/runbooks/restart-api.md"), RUNBOOK));
        }
    }

    @Test
    void writingTheOutputFolderOrTargetInsideAWatchedSourceIsNotAnEdit() throws Exception {
        PreviewFixture.write(root.resolve("site/handbook.yaml"), "sources:\n  - path: .\n    kind: runbook\n    include: ['ops/**']\n"
                + "    defaults: {owner: team-sre}\n");
        PreviewFixture.write(root.resolve("ops/restart-api.md"), RUNBOOK);
        BuildOptions options = BuildOptions.defaults(root).withOut(root.resolve("public")).withAsOf(LocalDate.parse("2026-11-23"));
        try (PreviewServer preview = PreviewServer.start(options, "127.0.0.1", 0, new PrintWriter(new StringWriter(), true))) {
            assertNoRebuildAfter(preview, () -> {
                PreviewFixture.write(root.resolve("public/index.html"), "<p>a built site</p>");
                PreviewFixture.write(root.resolve("target/classes/x.class"), "compiled");
                PreviewFixture.write(root.resolve(".git/index"), "staged");
            });

            CompletableFuture<Boolean> reload = reloadAfter(preview);
            PreviewFixture.write(root.resolve("ops/restart-api.md"), RUNBOOK.replace("deploy/api", "deploy/web"));
            assertThat(reload.get(10, TimeUnit.SECONDS)).as("the source itself is watched").isTrue();
            assertThat(page(preview, "runbooks/restart-api.html")).contains("deploy/web");
        }
    }

    /** Runs {@code change} and waits well past the watcher's quiet period: no rebuild may have been published. */
    static void assertNoRebuildAfter(PreviewServer preview, Runnable change) throws InterruptedException {
        long version = preview.site().version();
        change.run();
        Thread.sleep(20 * PreviewServer.QUIET_MILLIS);
        assertThat(preview.site().version()).as("no rebuild").isEqualTo(version);
    }

    /** True once the stream, opened now, says reload. */
    CompletableFuture<Boolean> reloadAfter(PreviewServer preview) throws Exception {
        HttpResponse<Stream<String>> events = client.send(
                HttpRequest.newBuilder(URI.create(preview.url() + "_handbook/events?v=" + preview.site().version())).build(),
                HttpResponse.BodyHandlers.ofLines());
        return CompletableFuture.supplyAsync(() -> events.body().anyMatch(line -> line.equals("data: reload")));
    }

    String page(PreviewServer preview, String path) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }
}
