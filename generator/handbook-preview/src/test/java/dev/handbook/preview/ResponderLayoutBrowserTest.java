package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.BuildOptions;
import dev.handbook.BuildResult;
import dev.handbook.Handbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example handbook as a responder sees it, from {@code file://} in one headless Chromium: nothing wider than its
 * column outside a scroll box on any page at 1280 x 900, on a 390 x 844 phone and in dark mode; the runbook link of
 * every SPOF page on the first screen; a copy button that copies its block; index tables that filter and sort; and
 * the home page of a 3,000-record handbook under three screens. Screenshots of each page kind at both widths (the whole
 * page and its first screen) land in {@code target/screenshots/layout-*}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponderLayoutBrowserTest {

    static final Path EXAMPLE = Path.of("../..").toAbsolutePath().normalize();
    static final int[][] SIZES = {{1280, 900}, {390, 844}};

    /**
     * Every visible element whose right edge passes its parent's content box while no ancestor scrolls sideways (one
     * that hides overflow clips it, so it does not count),
     * as CSS paths; and the page itself when it scrolls sideways.
     */
    static final String CLIPPED = """
            function path(el) {
              var parts = [];
              for (; el && el.nodeType === 1 && el !== document.body; el = el.parentElement) {
                var part = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + Array.from(el.classList).join('.') : '');
                parts.unshift(part + ':nth-child(' + (Array.prototype.indexOf.call(el.parentElement.children, el) + 1) + ')');
                if (el.id) { break; }
              }
              return parts.join(' > ');
            }
            function scrolls(el) {
              for (var a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
                var x = getComputedStyle(a).overflowX;
                if (x === 'auto' || x === 'scroll') { return true; }
              }
              return false;
            }
            function box(el) {
              var p = el.parentElement;
              while (p && getComputedStyle(p).display === 'contents') { p = p.parentElement; }
              return p;
            }
            var found = [];
            if (document.documentElement.scrollWidth > window.innerWidth + 1) {
              found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
            }
            document.querySelectorAll('body *').forEach(function (el) {
              if (found.length > 8 || el.closest('svg') && el.tagName.toLowerCase() !== 'svg') { return; }
              var style = getComputedStyle(el);
              if (style.position === 'absolute' || style.position === 'fixed' || style.display === 'none') { return; }
              var r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) { return; }
              var parent = box(el);
              if (!parent || parent === document.documentElement) { return; }
              var p = parent.getBoundingClientRect(), ps = getComputedStyle(parent);
              var right = p.right - parseFloat(ps.paddingRight) - parseFloat(ps.borderRightWidth);
              if (r.right > right + 1 && !scrolls(el)) {
                found.push(path(el) + ' ends at ' + Math.round(r.right) + ' past ' + Math.round(right));
              }
            });
            return found;
            """;

    @TempDir static Path out;
    @TempDir static Path profile;
    @TempDir static Path big;

    Chromium chromium;
    Path site;

    @BeforeAll
    void buildAndOpenABrowser() throws Exception {
        site = out.resolve("site");
        try (Handbook handbook = new Handbook()) {
            BuildResult result = handbook.build(BuildOptions.defaults(EXAMPLE).withOut(site).withAsOf(LocalDate.parse("2026-11-23")));
            assertThat(result.failed()).as("the example builds: %s", result.diagnostics()).isFalse();
        }
        chromium = new Chromium(profile);
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void noPageClipsAnythingAtEitherWidthOrInDarkMode() throws IOException {
        List<String> clipped = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            chromium.colorScheme(scheme);
            for (int[] size : scheme.equals("dark") ? new int[][] {SIZES[1]} : SIZES) {
                size(size[0], size[1]);
                for (Path page : pages()) {
                    open(page);
                    @SuppressWarnings("unchecked")
                    List<String> found = (List<String>) chromium.js(CLIPPED);
                    found.forEach(f -> clipped.add(scheme + " " + size[0] + " " + site.relativize(page) + ": " + f));
                }
            }
        }
        chromium.colorScheme("light");
        assertThat(clipped).as("elements wider than their column outside a scroll box").isEmpty();
    }

    @Test
    void everySpofAndServicePageShowsItsRunbookLinkOnTheFirstScreen() throws IOException {
        List<Path> spofs = new ArrayList<>(pagesUnder("spofs"));
        assertThat(spofs).hasSizeGreaterThan(3);
        spofs.addAll(pagesUnder("services"));
        for (int[] size : SIZES) {
            size(size[0], size[1]);
            for (Path page : spofs) {
                open(page);
                Number bottom = (Number) chromium.js("var a = document.querySelector('#when-it-fails a, #when-it-fails .badge');"
                        + "return a ? a.getBoundingClientRect().bottom : -1;");
                Number height = (Number) chromium.js("return window.innerHeight");
                assertThat(bottom.doubleValue()).as("%s at %d px: the runbook link's bottom", site.relativize(page), size[0])
                        .isPositive().isLessThanOrEqualTo(height.doubleValue());
            }
        }
    }

    /**
     * On a 390 x 844 phone every runbook shows its whole "When to use" and the start of its own text on the first
     * screen, and every runbook with numbered steps its first step there too (what comes before it is folded).
     */
    @Test
    void aRunbookShowsWhenToUseAndItsFirstStepOnAPhoneScreen() throws IOException {
        size(390, 844);
        for (Path runbook : pagesUnder("runbooks")) {
            open(runbook);
            Number whenToUse = (Number) chromium.js("var w = document.querySelector('.when-to-use'); return w ? w.getBoundingClientRect().bottom : 0");
            Number body = (Number) chromium.js("return document.querySelector('.prose > *').getBoundingClientRect().top");
            assertThat(whenToUse.doubleValue()).as("%s: 'When to use' ends on the first screen", runbook.getFileName()).isLessThanOrEqualTo(844);
            assertThat(body.doubleValue()).as("%s: its text starts on the first screen", runbook.getFileName()).isLessThan(844);
        }
        int withSteps = 0;
        for (Path runbook : pagesUnder("runbooks")) {
            open(runbook);
            Number firstStep = (Number) chromium.js("var li = document.querySelector('.prose ol:not(li ol) > li');"
                    + "return li ? li.getBoundingClientRect().top : -1");
            if (firstStep.doubleValue() >= 0) {
                withSteps++;
                // at least its first line (24 px of body text) readable without scrolling
                assertThat(firstStep.doubleValue() + 24).as("%s: the first step's first line is on the first screen", runbook.getFileName())
                        .isLessThanOrEqualTo(844);
            }
        }
        assertThat(withSteps).as("runbooks with numbered steps").isGreaterThanOrEqualTo(8);
    }

    @Test
    void aCopyButtonCopiesItsCodeBlock() {
        size(1280, 900);
        open(site.resolve("runbooks/postgres-failover.html"));
        WebElement block = chromium.driver.findElements(By.cssSelector(".code-block")).stream()
                .filter(b -> !b.findElement(By.tagName("pre")).getAttribute("class").contains("mermaid")).findFirst().orElseThrow();
        String code = (String) chromium.js("return arguments[0].querySelector('code').textContent", block);
        WebElement button = block.findElement(By.cssSelector("button.copy-button"));
        button.sendKeys(Keys.ENTER);
        new WebDriverWait(chromium.driver, Duration.ofSeconds(5)).until(d -> button.getText().equals("Copied") || button.getText().startsWith("Select"));
        assertThat(button.getText()).as("the button says it copied").isEqualTo("Copied");
        chromium.js("var t = document.createElement('textarea'); t.id = 'paste-here'; document.body.appendChild(t); t.focus();");
        chromium.driver.findElement(By.id("paste-here")).sendKeys(Keys.chord(Keys.CONTROL, "v"));
        assertThat(chromium.driver.findElement(By.id("paste-here")).getAttribute("value")).as("what the clipboard holds").isEqualTo(code);
    }

    @Test
    void anIndexTableFiltersAndSorts() {
        size(1280, 900);
        open(site.resolve("runbooks/index.html"));
        List<WebElement> rows = chromium.driver.findElements(By.cssSelector("table.records tbody tr"));
        assertThat(rows).hasSizeGreaterThan(3);
        chromium.driver.findElement(By.cssSelector(".table-filter input")).sendKeys("postgres");
        long shown = rows.stream().filter(WebElement::isDisplayed).count();
        assertThat(shown).as("rows left by 'postgres'").isPositive().isLessThan(rows.size());
        assertThat(rows.stream().filter(WebElement::isDisplayed).map(WebElement::getText)).allMatch(t -> t.toLowerCase().contains("postgres"));

        WebElement title = chromium.driver.findElement(By.cssSelector("table.records thead th button"));
        title.click();
        title.click();
        List<String> titles = chromium.driver.findElements(By.cssSelector("table.records tbody tr td:first-child")).stream()
                .map(e -> (String) chromium.js("return arguments[0].textContent.trim().toLowerCase()", e)).toList();
        assertThat(titles).as("sorted by the first column, descending").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theHomePageOfAThreeThousandRecordHandbookIsUnderThreeScreens() throws IOException {
        Path content = SyntheticCorpus.write(big.resolve("src"), 3000);
        try (Handbook handbook = new Handbook()) {
            BuildResult result = handbook.build(BuildOptions.defaults(content).withOut(big.resolve("site")).withAsOf(LocalDate.parse("2026-11-23")));
            assertThat(result.failed()).as("the synthetic handbook builds: %s", result.diagnostics().stream().limit(5).toList()).isFalse();
        }
        size(1280, 900);
        open(big.resolve("site/index.html"));
        chromium.screenshot("layout-home-3000-1280");
        size(1280, 900);
        assertThat(chromium.driver.findElements(By.cssSelector(".broken-list li"))).hasSizeGreaterThan(500);
        Number height = (Number) chromium.js("return document.documentElement.scrollHeight");
        assertThat(height.intValue()).as("the home page's height in px").isLessThan(3 * 900);
    }

    @Test
    void screenshotsOfEveryPageKindAtBothWidths() throws IOException {
        List<Path> kinds = new ArrayList<>(List.of(site.resolve("index.html"), site.resolve("spof-matrix.html"), site.resolve("map.html"),
                site.resolve("attention.html")));
        for (String folder : List.of("runbooks", "spofs", "services", "postmortems", "drills", "chaos", "adrs")) {
            kinds.add(site.resolve(folder + "/index.html"));
            pagesUnder(folder).stream().filter(p -> !p.endsWith("index.html")).findFirst().ifPresent(kinds::add);
        }
        for (int[] size : SIZES) {
            size(size[0], size[1]);
            for (Path page : kinds) {
                if (Files.exists(page)) {
                    open(page);
                    String name = "layout-" + site.relativize(page).toString().replace('/', '-').replace(".html", "") + "-" + size[0];
                    assertThat(chromium.viewport(name + "-first-screen")).exists();
                    Path shot = chromium.screenshot(name);
                    assertThat(shot).exists();
                    size(size[0], size[1]);
                }
            }
        }
    }

    /** The viewport itself (not the window around it) at this size, as a phone or a desktop reports it. */
    private void size(int width, int height) {
        chromium.size(width, height + 200);
        chromium.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
    }

    private void open(Path page) {
        chromium.driver.get(page.toUri().toString());
    }

    private List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().startsWith("handbook-offline")).sorted().toList();
        }
    }

    private List<Path> pagesUnder(String folder) throws IOException {
        return pages().stream().filter(p -> site.relativize(p).startsWith(folder)).filter(p -> !p.endsWith("index.html")).toList();
    }
}
