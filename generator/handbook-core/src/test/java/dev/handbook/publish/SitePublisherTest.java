package dev.handbook.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
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
}
