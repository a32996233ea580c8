package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver (both installed by .ci/run), so nothing is downloaded. One
 * browser costs seconds to start: a test class shares one.
 */
final class Chromium implements AutoCloseable {

    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    /** Where the tests leave screenshots for people to look at. */
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;

    Chromium(Path profile) {
        assertThat(new File(BINARY)).as("Chromium is installed (apt-get install chromium chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions().setBinary(BINARY).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--hide-scrollbars", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Emulates the operating system's light or dark preference. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", java.util.List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Saves a PNG of the whole page (not just the window) under {@link #SCREENSHOTS}. */
    Path screenshot(String name) {
        long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        long width = ((Number) js("return window.innerWidth")).longValue();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", Math.min(height, 6000), "deviceScaleFactor", 1, "mobile", width < 500));
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Saves a PNG of what the window shows under {@link #SCREENSHOTS}. */
    Path viewport(String name) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
