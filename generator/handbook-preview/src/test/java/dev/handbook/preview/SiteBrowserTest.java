package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildOptions;
import dev.handbook.BuildResult;
import dev.handbook.Handbook;
import dev.handbook.render.ContentSecurityPolicy;
import dev.handbook.publish.OfflineHandbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example handbook as a reader sees it in headless Chromium, over HTTP (the preview server) and from
 * {@code file://} (the built site and the offline file): search, the "/" shortcut and keyboard navigation, the SPOF
 * graph, a runbook on a 375 px phone, dark mode, and the single-file handbook with networking off, all under the pages'
 * Content-Security-Policy with no violation or script error; and content that tries to run script, which does not.
 * Screenshots land in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTest {

    static final Path EXAMPLE = Path.of("../..").toAbsolutePath().normalize();
    /** A word of one runbook's body (an AsciiDoc one) and of no other record: checked in {@link #searchFindsAWordOfOneRunbookAndOpensIt}. */
    static final String ONLY_WORD = "improvise";
    static final String ITS_PAGE = "runbooks/incident-commander-script.html";

    @TempDir static Path out;
    @TempDir static Path profile;
    @TempDir static Path lonely;
    @TempDir static Path payloads;

    /**
     * Records, on every page the browser opens, script errors and Content-Security-Policy violations; installed
     * through DevTools, so the page's own policy does not apply to it.
     */
    static final String WATCH = "window.__troubles = [];"
            + "window.addEventListener('error', function (e) { window.__troubles.push('error: ' + e.message); });"
            + "window.addEventListener('unhandledrejection', function (e) { window.__troubles.push('rejection: ' + e.reason); });"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.__troubles.push('csp: ' + e.effectiveDirective + ' ' + e.blockedURI); });";

    Chromium chromium;
    PreviewServer preview;
    WebDriverWait wait;

    @BeforeAll
    void buildServeAndOpenABrowser() throws Exception {
        BuildOptions options = BuildOptions.defaults(EXAMPLE).withOut(out.resolve("site")).withAsOf(LocalDate.parse("2026-11-23"));
        try (Handbook handbook = new Handbook()) {
            BuildResult result = handbook.build(options);
            assertThat(result.failed()).as("the example builds: %s", result.diagnostics()).isFalse();
            BuildResult hostile = handbook.build(ContentPayloads.write(payloads).withOut(payloads.resolve("out")));
            assertThat(hostile.failed()).as("the payload handbook builds: %s", hostile.diagnostics()).isFalse();
        }
        preview = PreviewServer.start(options.withOut(out.resolve("unused")), "127.0.0.1", 0, new PrintWriter(new StringWriter(), true));
        chromium = new Chromium(profile);
        chromium.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(20));
    }

    @AfterAll
    void close() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    /** The game-day mode from file://: start, tick a step, note a gap, stop; the record it offers builds as a drill. */
    @Test
    void aGameDayFromFileUrlsProducesADrillRecordTheBuildAccepts(@TempDir Path copy) throws Exception {
        chromium.driver.get(out.resolve("site/runbooks/postgres-failover.html").toUri().toString());
        clickInView(chromium.driver.findElement(By.cssSelector(".gameday-start")));
        clickInView(chromium.driver.findElements(By.cssSelector(".gameday-tick")).get(0));
        chromium.driver.findElements(By.cssSelector(".gameday-gap")).get(0).sendKeys("No one knew the \"vault\" path: #ask");
        clickInView(chromium.driver.findElement(By.cssSelector(".gameday-start")));
        String yaml = chromium.driver.findElement(By.cssSelector(".gameday-record")).getAttribute("value");
        String name = chromium.driver.findElement(By.cssSelector(".gameday-download")).getAttribute("download");
        assertThat(name).endsWith("-postgres-failover-game-day.yaml");
        for (String folder : List.of("content", "site")) {
            try (Stream<Path> files = Files.walk(EXAMPLE.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = copy.resolve(EXAMPLE.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(copy.resolve("content/drills").resolve(name), yaml);
        BuildOptions options = BuildOptions.defaults(copy).withOut(copy.resolve("out")).withAsOf(LocalDate.now());
        try (Handbook handbook = new Handbook()) {
            BuildResult result = handbook.build(options);
            assertThat(result.diagnostics().toString()).doesNotContain(name.replace(".yaml", ""));
            assertThat(result.failed()).as("%s", result.diagnostics()).isFalse();
        }
        String page = Files.readString(copy.resolve("out/drills").resolve(name.replace(".yaml", ".html")));
        assertThat(page).contains("No one knew the &quot;vault&quot; path: #ask");

        // served with --allow-write, the page saves the record itself, under the next free name
        try (PreviewServer writing = PreviewServer.start(options.withOut(copy.resolve("unused")), "127.0.0.1", 0,
                new PrintWriter(new StringWriter(), true), true)) {
            chromium.driver.get(writing.url() + "runbooks/postgres-failover.html");
            clickInView(chromium.driver.findElement(By.cssSelector(".gameday-start")));
            clickInView(chromium.driver.findElement(By.cssSelector(".gameday-start")));
            clickInView(chromium.driver.findElement(By.cssSelector(".gameday-save")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".gameday-saved"), "Saved as"));
            String saved = chromium.driver.findElement(By.cssSelector(".gameday-saved")).getText();
            assertThat(saved).contains("content/drills/" + name.replace(".yaml", "-2.yaml"));
            assertThat(copy.resolve("content/drills").resolve(name.replace(".yaml", "-2.yaml"))).exists();
        }
    }

    /** Clicks an element scrolled to the middle of the screen, clear of the sticky masthead. */
    private void clickInView(WebElement element) {
        chromium.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    @Test
    void searchFindsAWordOfOneRunbookAndOpensIt() throws IOException {
        assertThat(recordsContaining(ONLY_WORD)).as("records whose source has '%s'", ONLY_WORD)
                .containsExactly("runbooks/incident-commander-script.adoc");
        chromium.size(1280, 900);
        chromium.driver.get(preview.url());
        chromium.screenshot("home");

        new Actions(chromium.driver).sendKeys("/").perform();
        WebElement input = chromium.driver.switchTo().activeElement();
        assertThat(input.getAttribute("id")).as("'/' focuses the search box").isEqualTo("search-input");

        input.sendKeys(ONLY_WORD);
        List<WebElement> hits = awaitHits();
        assertThat(hits).hasSize(1);
        assertThat(chromium.driver.findElement(By.cssSelector(".search-group")).getText()).isEqualToIgnoringCase("Runbook");
        assertThat(hits.get(0).findElement(By.cssSelector(".search-excerpt mark")).getText()).isEqualToIgnoringCase(ONLY_WORD);

        assertThat(troubles()).as("search under the Content-Security-Policy, over http").isEmpty();
        assertThat(chromium.js("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content"))
                .isEqualTo(ContentSecurityPolicy.SITE);

        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(preview.url() + ITS_PAGE));
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Incident commander script");
    }

    @Test
    void arrowKeysMoveThroughHitsGroupedByKind() {
        chromium.size(1280, 900);
        chromium.driver.get(preview.url() + "spof-matrix.html");
        WebElement input = chromium.driver.findElement(By.id("search-input"));
        input.sendKeys("postgres");
        List<WebElement> hits = awaitHits();
        assertThat(hits.size()).isGreaterThan(3);
        List<String> groups = chromium.driver.findElements(By.cssSelector(".search-group")).stream().map(WebElement::getText).toList();
        assertThat(groups).as("kinds, runbooks first").hasSizeGreaterThan(1).first().asString().isEqualToIgnoringCase("Runbook");
        assertThat(hits.get(0).getAttribute("aria-selected")).isEqualTo("true");

        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(hits.get(2).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(hits.get(2).getAttribute("id"));
        String third = hits.get(2).getAttribute("href");
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(third));

        chromium.driver.findElement(By.id("search-input")).sendKeys("postgres", Keys.ESCAPE);
        assertThat(chromium.driver.findElement(By.id("search-results")).isDisplayed()).as("Escape closes the results").isFalse();
    }

    @Test
    void searchWorksFromFileUrls() {
        chromium.size(1280, 900);
        chromium.driver.get(out.resolve("site/spofs/postgres-primary.html").toUri().toString());
        chromium.driver.findElement(By.id("search-input")).sendKeys(ONLY_WORD);
        awaitHits().get(0).click();
        wait.until(ExpectedConditions.urlContains(ITS_PAGE));
        assertThat(troubles()).as("search under the Content-Security-Policy, from file://").isEmpty();
        assertThat(chromium.driver.getCurrentUrl()).startsWith("file:");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Incident commander script");
    }

    @Test
    void aSpofPageShowsItsGraphWithLinkedNodes() {
        chromium.size(1280, 900);
        chromium.driver.get(preview.url() + "spofs/postgres-primary.html");
        WebElement graph = chromium.driver.findElement(By.cssSelector("svg.dg-graph"));
        assertThat(graph.isDisplayed()).isTrue();
        assertThat(chromium.driver.findElements(By.cssSelector("svg.dg-timeline, svg.dg-chart"))).as("timeline and RTO/RPO charts").isNotEmpty();
        chromium.screenshot("spof");

        WebElement runbookNode = graph.findElement(By.cssSelector("a[href$='runbooks/postgres-failover.html']"));
        runbookNode.click();
        wait.until(ExpectedConditions.urlToBe(preview.url() + "runbooks/postgres-failover.html"));
    }

    /** Where a rule's {@code runbook_url} lands: the runbook link is the first thing on screen, on a phone too, one click away. */
    @Test
    void anAlertPageReachesItsRunbookInOneClick() {
        chromium.size(390, 844);
        chromium.driver.get(out.resolve("site/alerts/RedisDown.html").toUri().toString());
        chromium.screenshot("alert-phone");
        WebElement link = chromium.driver.findElement(By.cssSelector("a.alert-runbook-link"));
        Number bottom = (Number) chromium.js("return arguments[0].getBoundingClientRect().bottom", link);
        assertThat(bottom.doubleValue()).as("the runbook link is within the first phone screen").isLessThan(844);
        assertThat(troubles()).as("the alert page under the Content-Security-Policy").isEmpty();
        long overflow = ((Number) chromium.js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertThat(overflow).as("a long expression scrolls in its own box, the page does not").isLessThanOrEqualTo(0);

        link.click();
        wait.until(ExpectedConditions.urlContains("runbooks/redis-down-degradation.html"));
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Redis down — graceful degradation and recovery");

        chromium.size(1280, 900);
        chromium.driver.get(out.resolve("site/spofs/redis-primary.html").toUri().toString());
        chromium.driver.findElement(By.cssSelector(".facts a.alert-link[href$='alerts/RedisDown.html']")).click();
        wait.until(ExpectedConditions.urlContains("alerts/RedisDown.html"));
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("RedisDown");
    }

    @Test
    void aRunbookReadsOnAPhone() {
        chromium.size(375, 812);
        chromium.driver.get(preview.url() + "runbooks/postgres-failover.html");
        wait.until(d -> !d.findElements(By.cssSelector("pre.mermaid svg")).isEmpty());
        assertThat(chromium.driver.findElements(By.cssSelector("pre code.hljs"))).as("code blocks highlighted").isNotEmpty();
        assertThat(troubles()).as("Mermaid and highlight.js under the Content-Security-Policy").isEmpty();
        long overflow = ((Number) chromium.js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);

        WebElement sidebar = chromium.driver.findElement(By.id("sidebar"));
        assertThat(sidebar.isDisplayed()).as("the menu is folded").isFalse();
        chromium.viewport("runbook-phone");
        chromium.js("document.querySelector('pre.mermaid').scrollIntoView()");
        chromium.viewport("runbook-phone-diagram");
        chromium.driver.findElement(By.cssSelector(".menu-toggle")).click();
        assertThat(sidebar.isDisplayed()).as("the menu opens").isTrue();
    }

    @Test
    void darkModeFollowsTheOperatingSystem() {
        chromium.size(1280, 900);
        chromium.colorScheme("dark");
        try {
            chromium.driver.get(preview.url() + "spofs/postgres-primary.html");
            String background = (String) chromium.js("return getComputedStyle(document.documentElement).backgroundColor");
            assertThat(luminance(background)).as("dark background, was %s", background).isLessThan(0.2);
            chromium.screenshot("spof-dark");
        } finally {
            chromium.colorScheme("light");
        }
    }

    @Test
    void theOfflineFileWorksAloneWithNetworkingOff() throws IOException {
        Path alone = Files.copy(out.resolve("site/handbook-offline.html"), lonely.resolve("handbook.html"));
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chromium.size(1280, 900);
        chromium.driver.get("about:blank");
        chromium.driver.setNetworkConditions(offline);
        try {
            chromium.driver.get(alone.toUri().toString());
            WebElement link = chromium.driver.findElement(By.cssSelector("a[href^='#'][href*='postgres-failover']"));
            String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            link.click();
            wait.until(d -> ("#" + target).equals(chromium.js("return location.hash")));
            Number top = (Number) chromium.js("return document.getElementById(arguments[0]).getBoundingClientRect().top", target);
            assertThat(top.doubleValue()).as("the linked record scrolled into view").isBetween(-5.0, 200.0);

            chromium.driver.findElement(By.id("search-input")).sendKeys(ONLY_WORD, Keys.ENTER);
            wait.until(d -> String.valueOf(chromium.js("return location.hash")).contains("incident-commander-script"));
            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) chromium.js("return performance.getEntriesByType('resource').map(r => r.name)");
            assertThat(fetched).as("nothing fetched").allMatch(url -> url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:"));
            assertThat(troubles()).as("the inline scripts match the offline copy's hashes").isEmpty();
        } finally {
            chromium.driver.deleteNetworkConditions();
        }
    }

    @Test
    void scriptInContentRunsNeitherOnItsPagesNorInTheOfflineCopy() {
        chromium.size(1280, 900);
        Path site = payloads.resolve("out");
        for (String page : List.of("runbooks/asciidoc-payloads.html", "runbooks/markdown-payloads.html", OfflineHandbook.PATH)) {
            String url = site.resolve(page).toUri().toString();
            chromium.driver.get(url);
            String title = chromium.driver.getTitle();
            assertThat(chromium.driver.findElement(By.tagName("main")).getText()).as(page).contains("payloads end here");
            List<WebElement> links = chromium.driver.findElements(By.xpath("//main//a[contains(., 'click-') or contains(., 'script:')]"));
            assertThat(links).as("%s: the payload links are on the page", page).hasSizeGreaterThanOrEqualTo(page.contains("markdown") ? 4 : 2);
            for (int i = 0; i < links.size(); i++) {
                chromium.driver.findElements(By.xpath("//main//a[contains(., 'click-') or contains(., 'script:')]")).get(i).click();
                assertThat(chromium.driver.getCurrentUrl()).as("%s: link %d went nowhere", page, i).startsWith(url);
            }
            assertThat(chromium.js("return window.__pwned")).as("%s: no payload ran", page).isNull();
            assertThat(chromium.driver.getTitle()).isEqualTo(title);
            // No violation either: the sanitizer removed the payloads before the policy had to stop them.
            assertThat(troubles()).as(page).isEmpty();
        }
        chromium.js("var s = document.createElement('script'); s.textContent = 'window.__pwned = 1'; document.body.appendChild(s);");
        assertThat(chromium.js("return window.__pwned")).as("the offline copy's policy blocks inline script it does not list").isNull();
        assertThat(troubles()).singleElement().asString().startsWith("csp: script-src-elem");
    }

    /** Script errors and policy violations on the open page, as {@link #WATCH} recorded them. */
    @SuppressWarnings("unchecked")
    private List<String> troubles() {
        return (List<String>) chromium.js("return window.__troubles || ['the watch script did not run']");
    }

    private List<WebElement> awaitHits() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-hit")));
        return chromium.driver.findElements(By.cssSelector(".search-hit"));
    }

    private static List<String> recordsContaining(String word) throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("content"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(EXAMPLE.resolve("content/fixtures")))
                    .filter(f -> read(f).toLowerCase().contains(word))
                    .map(f -> EXAMPLE.resolve("content").relativize(f).toString()).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Relative luminance (0 black, 1 white) of a CSS {@code rgb(r, g, b)} colour. */
    private static double luminance(String rgb) {
        assertThat(rgb).startsWith("rgb(");
        String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
        return (0.2126 * Integer.parseInt(parts[0]) + 0.7152 * Integer.parseInt(parts[1]) + 0.0722 * Integer.parseInt(parts[2])) / 255;
    }
}
