package dev.handbook.publish;

import dev.handbook.render.Page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {

    @TempDir Path dir;
    private final SitePublisher publisher = new SitePublisher();

    @Test
    void replacesAPreviousSiteWholeAndLeavesNoStagingFolders() throws IOException {
        Path out = dir.resolve("site");
        publisher.publish(List.of(Page.html("index.html", "one"), Page.html("old.html", "gone soon")), out);
        publisher.publish(List.of(Page.html("index.html", "two")), out);

        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
        assertThat(out.resolve("old.html")).doesNotExist();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void unchangedFilesKeepTheirIdentityAndTimestampChangedOnesAreRewritten() throws Exception {
        Path out = dir.resolve("site");
        publisher.publish(List.of(Page.html("same.html", "same"), Page.html("changes.html", "v1")), out);
        Object sameKey = Files.readAttributes(out.resolve("same.html"), BasicFileAttributes.class).fileKey();
        FileTime sameTime = Files.getLastModifiedTime(out.resolve("same.html"));
        Object changesKey = Files.readAttributes(out.resolve("changes.html"), BasicFileAttributes.class).fileKey();
        Thread.sleep(20);

        publisher.publish(List.of(Page.html("same.html", "same"), Page.html("changes.html", "v2")), out);

        assertThat(Files.readAttributes(out.resolve("same.html"), BasicFileAttributes.class).fileKey()).isEqualTo(sameKey);
        assertThat(Files.getLastModifiedTime(out.resolve("same.html"))).isEqualTo(sameTime);
        assertThat(Files.readAttributes(out.resolve("changes.html"), BasicFileAttributes.class).fileKey()).isNotEqualTo(changesKey);
        assertThat(Files.readString(out.resolve("changes.html"))).isEqualTo("v2");
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path out = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(out.resolve("notes.md"), "mine");

        assertThatThrownBy(() -> publisher.publish(List.of(Page.html("index.html", "x")), out))
                .isInstanceOf(SitePublisher.UnsafeOutputException.class)
                .hasMessageContaining("not written by handbook");
        assertThat(Files.readString(out.resolve("notes.md"))).isEqualTo("mine");
    }

    @Test
    void refusesPagePathsThatEscapeTheSite() {
        assertThatThrownBy(() -> publisher.publish(List.of(Page.html("../evil.html", "x")), dir.resolve("site")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(dir.resolve("evil.html")).doesNotExist();
    }

    @Test
    void removesTheStagingFoldersOfKilledBuildsButNotThoseOfRunningOnes() throws Exception {
        Path out = dir.resolve("site");
        publisher.publish(List.of(Page.html("index.html", "one")), out);
        Path legacyNew = Files.createDirectories(dir.resolve(".site.new-8312044912837"));
        Path legacyOld = Files.createDirectories(dir.resolve(".site.old-1129384756"));
        Files.writeString(legacyOld.resolve("index.html"), "an old site");
        Path deadOwner = Files.createDirectories(dir.resolve(".site.new-p" + deadPid() + "-1700000000000-42"));
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().orElseThrow().toEpochMilli();
        Path reusedPid = Files.createDirectories(dir.resolve(".site.new-p" + self.pid() + "-" + (start - 5000) + "-7"));
        Path running = Files.createDirectories(dir.resolve(".site.new-p" + self.pid() + "-" + start + "-9"));
        Path unrelated = Files.createDirectories(dir.resolve(".other.new-123"));

        publisher.publish(List.of(Page.html("index.html", "two")), out);

        assertThat(legacyNew).doesNotExist();
        assertThat(legacyOld).doesNotExist();
        assertThat(deadOwner).doesNotExist();
        assertThat(reusedPid).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
    }

    @Test
    void theOutputFolderHoldsAWholeSiteAtEveryInstantOfTheSwap() throws Exception {
        Path out = dir.resolve("site");
        publisher.publish(List.of(Page.html("index.html", "0")), out);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                looks.incrementAndGet();
                if (!Files.exists(out.resolve("index.html"))) {
                    missing.incrementAndGet();
                }
            }
        });
        reader.start();
        for (int i = 1; i <= 200; i++) {
            publisher.publish(List.of(Page.html("index.html", String.valueOf(i))), out);
        }
        done.set(true);
        reader.join();

        assertThat(looks.get()).isGreaterThan(1000);
        assertThat(missing.get()).as("times the reader found no index.html in %d looks", looks.get()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("200");
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesTheLastSiteAndNothingThatOutlivesTheNextBuild() throws Exception {
        Path out = dir.resolve("site");
        String java = ProcessHandle.current().info().command().orElse("java");
        Random random = new Random(12);
        for (int round = 0; round < 4; round++) {
            Process loop = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PublishLoop.class.getName(), out.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(700 + random.nextInt(600));
            loop.destroyForcibly(); // SIGKILL: no finally block runs
            loop.waitFor();
            if (Files.exists(out)) {
                assertThat(out.resolve("index.html")).as("round %d", round).exists();
                assertThat(out.resolve(SitePublisher.MARKER)).exists();
            }
        }

        publisher.publish(List.of(Page.html("index.html", "final")), out);

        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    /** Publishes a site of a few hundred pages over and over, until killed. */
    public static final class PublishLoop {
        public static void main(String[] args) throws IOException {
            List<Page> pages = IntStream.range(0, 300).mapToObj(i -> Page.html("p/" + i + ".html", "page " + i + " ".repeat(i))).toList();
            for (int round = 0; ; round++) {
                List<Page> site = new java.util.ArrayList<>(pages);
                site.add(Page.html("index.html", "round " + round));
                new SitePublisher().publish(site, Path.of(args[0]));
            }
        }
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
