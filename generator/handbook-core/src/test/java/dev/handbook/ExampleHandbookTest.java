package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import dev.handbook.testing.GoldenFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's example handbook (content/ and site/) builds cleanly and every page is reachable. */
class ExampleHandbookTest {

    @TempDir static Path out;
    static BuildResult result;
    static Path site;

    @BeforeAll
    static void build() {
        site = out.resolve("site");
        result = TestSites.HANDBOOK.build(
                TestSites.options(TestSites.EXAMPLE, site).withAsOf(LocalDate.parse("2026-11-23")).withStrict(true));
    }

    @Test
    void buildsWithNoErrorsAndNoWarnings() {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.failed()).isFalse();
    }

    @Test
    void holdsWhatTheIssueAsksFor() {
        assertThat(result.records()).isGreaterThanOrEqualTo(3 + 6 + 8 + 3 + 2 + 3 + 4);
        Set<String> files = GoldenFiles.list(site);
        for (EntryKind kind : EntryKind.values()) {
            assertThat(files).as("index of %s", kind).contains(kind.defaultFolder() + "/index.html");
        }
        assertThat(files.stream().filter(f -> f.startsWith("runbooks/") && !f.endsWith("index.html")).count()).isGreaterThanOrEqualTo(8);
        assertThat(files.stream().filter(f -> f.startsWith("spofs/") && !f.endsWith("index.html")).count()).isEqualTo(6);
    }

    @Test
    void everyPageIsReachableFromTheHomePageAndNoLinkIsBroken() throws IOException {
        Set<String> pages = new TreeSet<>();
        // 404.html is where a web server sends the lost, linked from nowhere; its links start at the site's root
        GoldenFiles.list(site).stream().filter(f -> f.endsWith(".html") && !f.equals("404.html")).forEach(pages::add);
        Set<String> reached = new TreeSet<>();
        List<String> broken = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String page = queue.pop();
            if (!reached.add(page)) {
                continue;
            }
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            for (Element a : doc.select("a[href], link[href]")) {
                String href = a.attr("href");
                assertThat(href).as("link on %s is relative", page).doesNotStartWith("/");
                if (href.startsWith("http") || href.startsWith("#") || href.startsWith("mailto:")) {
                    continue;
                }
                String target = URI.create(page).resolve(href.replaceAll("#.*", "")).getPath();
                if (!site.resolve(target).toFile().isFile()) {
                    broken.add(page + " -> " + href);
                } else if (target.endsWith(".html")) {
                    queue.add(target);
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
        assertThat(reached).containsAll(pages);
    }

    @Test
    void aServicePageNamesTheAlertsOfItsSpofsBesideItsRunbooks() throws IOException {
        Document redis = Jsoup.parse(site.resolve("services/redis.html").toFile(), "UTF-8");

        assertThat(redis.select("#when-it-fails .alert-names a").eachAttr("href")).contains("../alerts/RedisDown.html");
        assertThat(redis.select("#when-it-fails .runbook-list a")).isNotEmpty();
    }

    @Test
    void the404PageWorksAtAnyAddressOfTheSite() throws IOException {
        Document notFound = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");

        assertThat(notFound.select("h1").text()).isEqualTo("Page not found");
        assertThat(notFound.select("#search-input")).hasSize(1);
        for (Element e : notFound.select("[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (!url.startsWith("#") && !url.startsWith("http")) {
                assertThat(url).as("a link of the 404 page").startsWith("/");
                assertThat(site.resolve(url.substring(1).replaceAll("#.*", ""))).as(url).exists();
            }
        }
        assertThat(Files.readString(site.resolve("handbook-offline.html"))).doesNotContain("Page not found");
    }

    @Test
    void spofPageShowsItsRunbookDrillsChaosExperimentsIncidentsAndDecisions() throws IOException {
        Document redis = Jsoup.parse(site.resolve("spofs/redis-primary.html").toFile(), "UTF-8");
        String related = redis.select(".related").text();
        assertThat(redis.select(".runbook-callout a").attr("href")).startsWith("../runbooks/");
        assertThat(related).contains("Chaos experiments", "Postmortems");
        assertThat(redis.select(".facts").text()).contains("Decisions");

        Document pg = Jsoup.parse(site.resolve("spofs/postgres-primary.html").toFile(), "UTF-8");
        assertThat(pg.select(".related").text()).contains("Drills and game days", "Chaos experiments");
    }

    @Test
    void supersededAdrIsMarkedAndLinksToItsSuccessor() throws IOException {
        Document adr = Jsoup.parse(site.resolve("adrs/0001-dr-strategy-per-tier.html").toFile(), "UTF-8");
        Element note = adr.selectFirst(".callout.superseded");
        assertThat(note).isNotNull();
        assertThat(note.select("a").attr("href")).isEqualTo("../adrs/0004-dr-strategy-per-tier-v2.html");
    }
}
