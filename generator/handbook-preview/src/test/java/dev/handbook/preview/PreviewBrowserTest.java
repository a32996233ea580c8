package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview as a writer uses it, in headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/run): the open page follows edits on disk by itself, shows the errors of broken content as an overlay, and
 * drops the overlay once the file is fixed.
 */
class PreviewBrowserTest {

    @TempDir Path root;
    @TempDir Path profile;

    @Test
    void thePageReloadsOnEditsAndShowsThenDropsTheErrorOverlay() throws Exception {
        StringWriter log = new StringWriter();
        Chromium chromium = new Chromium(profile);
        WebDriver browser = chromium.driver;
        try (PreviewServer preview = PreviewServer.start(PreviewFixture.write(root), "127.0.0.1", 0, new PrintWriter(log, true))) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(preview.url() + "runbooks/fix-it.html");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fail over the database");
            ((JavascriptExecutor) browser).executeScript("window.handbookMarker = 'same page'");

            Files.writeString(root.resolve("content/runbooks/fix-it.md"), PreviewFixture.RUNBOOK.replace("Fail over the database", "Fail over Postgres"));
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Fail over Postgres"));
            assertThat(((JavascriptExecutor) browser).executeScript("return window.handbookMarker")).as("the page reloaded").isNull();

            Files.writeString(root.resolve("content/runbooks/fix-it.md"), "---\ntitle: [Fail over Postgres\nowner: team-data\n---\n1. x\n");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("handbook-overlay")));
            assertThat(browser.findElement(By.id("handbook-overlay")).getText()).contains("content/runbooks/fix-it.md:2:8: error: Invalid YAML");
            assertThat(browser.findElement(By.tagName("h1")).getText()).as("the last good page stays").isEqualTo("Fail over Postgres");

            Files.writeString(root.resolve("content/runbooks/fix-it.md"), PreviewFixture.RUNBOOK);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("handbook-overlay")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fail over the database");
        } finally {
            chromium.close();
        }
    }
}
