package dev.handbook.publish;

import dev.handbook.render.Page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Snapshot;
import dev.handbook.TestSites;
import dev.handbook.model.Entry;
import dev.handbook.model.PagePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline handbook of the repository's example. Run with {@code -Dhandbook.offlineOut=/tmp/offline.html} to keep
 * the file for a look in a browser.
 */
class OfflineHandbookExampleTest {

    @TempDir static Path out;
    static Snapshot snapshot;
    static Page page;
    static Document doc;

    @BeforeAll
    static void write() throws IOException {
        snapshot = TestSites.HANDBOOK.snapshot(TestSites.options(TestSites.EXAMPLE, out).withAsOf(LocalDate.parse("2026-11-23")), true);
        page = new OfflineHandbook().write(snapshot.config().title(), snapshot.pages());
        doc = Jsoup.parse(page.text());
        String keep = System.getProperty("handbook.offlineOut");
        if (keep != null) {
            Files.write(Path.of(keep), page.content());
        }
    }

    @Test
    void everyInternalLinkResolvesAndEveryIdIsUnique() {
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        Set<String> known = Set.copyOf(ids);
        List<String> links = doc.select("a[href]").eachAttr("href");
        assertThat(links).allSatisfy(href -> assertThat(href).matches("#.+|https?://.+|mailto:.+"));
        assertThat(links.stream().filter(h -> h.startsWith("#")).map(h -> h.substring(1)))
                .hasSizeGreaterThan(200)
                .allSatisfy(id -> assertThat(known).as("link target #%s", id).contains(id));
    }

    @Test
    void everyRecordAndEveryPageHasASection() {
        for (Entry entry : snapshot.catalog().entries()) {
            String path = PagePaths.entry(entry.id());
            assertThat(doc.select("section.offline-page[data-path=" + path + "]")).as(path).hasSize(1);
        }
        // every page but the 404 page, which is a web server's and no chapter
        long htmlPages = snapshot.pages().keySet().stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).count();
        assertThat(doc.select("section.offline-page")).hasSize((int) htmlPages);
        assertThat(doc.select("section.offline-page").first().id()).isEqualTo("p-index");
    }

    @Test
    void theIdScannerFindsWhatJsoupFindsOnEveryPage() {
        snapshot.pages().values().stream().filter(p -> p.path().endsWith(".html")).forEach(p -> {
            Element main = Jsoup.parse(p.text()).selectFirst("main");
            Set<String> parsed = new LinkedHashSet<>(main.select("[id], a[name]").stream()
                    .filter(e -> e != main).flatMap(e -> Stream.of(e.id(), e.normalName().equals("a") ? e.attr("name") : ""))
                    .filter(id -> !id.isBlank()).toList());
            assertThat(OfflinePage.read(p.path(), p.text()).ids()).as(p.path()).isEqualTo(parsed);
        });
    }

    @Test
    void isSelfContained() {
        assertThat(doc.select("link, .masthead, .site-footer")).isEmpty();
        assertThat(doc.select("[src]").eachAttr("src")).allMatch(src -> src.startsWith("data:"));
        assertThat(doc.select("style").first().data()).contains(".record-header");
        assertThat(doc.select(".offline-header").text()).contains("as of 2026-11-23");
        assertThat(doc.select("span.offline-online-only").eachAttr("title")).contains("Only on the website: schedule.ics");
    }
}
