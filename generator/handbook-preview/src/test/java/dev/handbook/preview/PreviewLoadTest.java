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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview on a real loopback port with many tabs open: event streams hold no server thread, so pages keep
 * loading, and a rebuild still reaches every stream.
 */
class PreviewLoadTest {

    static final int STREAMS = 300;
    static final int CLIENTS = 50;
    static final int REQUESTS_EACH = 20;

    @TempDir Path root;

    @Test
    void threeHundredOpenStreamsNeitherStallPagesNorMissTheReload() throws Exception {
        try (PreviewServer preview = PreviewServer.start(PreviewFixture.write(root), "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            CountDownLatch reloaded = new CountDownLatch(STREAMS);
            List<CompletableFuture<HttpResponse<Void>>> streams = new ArrayList<>();
            for (int i = 0; i < STREAMS; i++) {
                streams.add(client.sendAsync(request(preview, "_handbook/events?v=" + preview.site().version()),
                        HttpResponse.BodyHandlers.fromLineSubscriber(new ReloadCounter(reloaded))));
            }
            awaitUntil(() -> preview.streams().size() == STREAMS, "all " + STREAMS + " streams open, not " + preview.streams().size());

            AtomicInteger failed = new AtomicInteger();
            ExecutorService browsers = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                browsers.submit(() -> {
                    for (int r = 0; r < REQUESTS_EACH; r++) {
                        try {
                            HttpResponse<String> page = client.send(request(preview, r % 2 == 0 ? "runbooks/fix-it.html" : "handbook-offline.html"),
                                    HttpResponse.BodyHandlers.ofString());
                            if (page.statusCode() != 200 || !page.body().contains("Fail over the database")) {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
            browsers.shutdown();
            assertThat(browsers.awaitTermination(30, TimeUnit.SECONDS)).as("pages served within 30 s").isTrue();
            assertThat(failed).as("failed page requests of " + CLIENTS * REQUESTS_EACH).hasValue(0);

            PreviewFixture.write(root.resolve("content/runbooks/fix-it.md"), PreviewFixture.RUNBOOK.replace("Fail over the database", "Fail over Postgres"));
            assertThat(reloaded.await(15, TimeUnit.SECONDS)).as("reload reached every stream; missing: " + reloaded.getCount()).isTrue();
            streams.forEach(stream -> stream.cancel(true));
        }
    }

    static HttpRequest request(PreviewServer preview, String path) {
        return HttpRequest.newBuilder(URI.create(preview.url() + path)).timeout(Duration.ofSeconds(10)).build();
    }

    static void awaitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Counts a stream down once, on its first reload event, without a thread of its own. */
    static final class ReloadCounter implements Flow.Subscriber<String> {
        private final CountDownLatch reloaded;
        private boolean counted;

        ReloadCounter(CountDownLatch reloaded) {
            this.reloaded = reloaded;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!counted && line.equals("data: reload")) {
                counted = true;
                reloaded.countDown();
            }
        }

        @Override
        public void onError(Throwable failure) {}

        @Override
        public void onComplete() {}
    }
}
