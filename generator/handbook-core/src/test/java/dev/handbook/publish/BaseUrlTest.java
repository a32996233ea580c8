package dev.handbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildResult;
import dev.handbook.ScratchHandbook;
import dev.handbook.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `base_url` and `edit_url` add to a built site, and what a bad one says. */
class BaseUrlTest {

    @TempDir Path dir;

    ScratchHandbook handbook(String config) {
        return new ScratchHandbook(dir)
                .write("site/handbook.yaml", "title: Ops\n" + config)
                .write("content/runbooks/restart-api.md", "---\ntitle: Restart the API\nowner: team-api\nlast_reviewed: 2026-01-01\n---\n1. Restart it.\n");
    }

    Path build(ScratchHandbook handbook) {
        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(dir, dir.resolve("out")));
        assertThat(result.failed()).as("%s", result.diagnostics()).isFalse();
        return dir.resolve("out");
    }

    @Test
    void aBaseUrlAddsASitemapCanonicalLinksCalendarUrlsAndRoots404LinksAtItsPath() throws IOException {
        Path site = build(handbook("base_url: https://org.github.io/ops-handbook\nedit_url: https://github.com/org/ops/edit/main/{path}\n"));

        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertThat(sitemap).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<url><loc>https://org.github.io/ops-handbook/index.html</loc></url>",
                        "<loc>https://org.github.io/ops-handbook/runbooks/restart-api.html</loc>")
                .doesNotContain("404.html", "handbook-offline.html", "schedule.ics");
        String page = Files.readString(site.resolve("runbooks/restart-api.html"));
        assertThat(page).contains("<link rel=\"canonical\" href=\"https://org.github.io/ops-handbook/runbooks/restart-api.html\">",
                "<a class=\"edit-link\" href=\"https://github.com/org/ops/edit/main/content/runbooks/restart-api.md\">Edit this page</a>");
        assertThat(Files.readString(site.resolve("schedule.ics")).replace("\r\n ", ""))
                .contains("URL:https://org.github.io/ops-handbook/runbooks/restart-api.html");
        assertThat(Files.readString(site.resolve("404.html")))
                .contains("href=\"/ops-handbook/assets/handbook.css\"", "data-root=\"/ops-handbook/\"");
    }

    @Test
    void withoutThemTheSiteHasNoSitemapCanonicalOrEditLink() throws IOException {
        Path site = build(handbook(""));

        assertThat(site.resolve("sitemap.xml")).doesNotExist();
        assertThat(Files.readString(site.resolve("runbooks/restart-api.html"))).doesNotContain("rel=\"canonical\"", "Edit this page");
        assertThat(Files.readString(site.resolve("schedule.ics"))).doesNotContain("URL:");
        assertThat(Files.readString(site.resolve("404.html"))).contains("href=\"/assets/handbook.css\"");
    }

    @Test
    void aBaseUrlThatIsNoWebAddressAndAnEditUrlWithoutPathAreErrorsAtTheirPositions() {
        BuildResult result = handbook("base_url: handbook.example.com\nedit_url: https://github.com/org/ops/edit/main/\n").check("2026-02-01");

        assertThat(result.diagnostics()).extracting(d -> d.format()).anySatisfy(d -> assertThat(d)
                .startsWith("site/handbook.yaml:2:11: error: `base_url` 'handbook.example.com' is not an absolute http(s) address."))
                .anySatisfy(d -> assertThat(d).startsWith("site/handbook.yaml:3:11: error: `edit_url` has no `{path}`"));
    }
}
