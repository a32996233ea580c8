package dev.handbook;

import dev.handbook.model.FlagCategory;
import dev.handbook.verify.VerifyMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What to build and how.
 *
 * <pre><code>
 * BuildOptions options = BuildOptions.defaults(Path.of("."))
 *         .withAsOf(LocalDate.parse("2026-11-23"))
 *         .withStrict(true);
 * </code></pre>
 *
 * @param content the content folder (default {@code content/})
 * @param site the site folder with handbook.yaml, templates/ and assets/ (default {@code site/})
 * @param out the output folder (default {@code target/handbook})
 * @param asOf the date freshness is judged at
 * @param strict whether warnings fail the build
 * @param displayBase the folder that paths in diagnostics are shown relative to
 * @param failOn the freshness flags that fail the build; null to use the site config's {@code fail_on}
 * @param verify whether to run verification snippets; null to use the site config's {@code verify.enabled}
 */
public record BuildOptions(
        Path content, Path site, Path out, LocalDate asOf, boolean strict, Path displayBase, Set<FlagCategory> failOn, VerifyMode verify) {

    public BuildOptions {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(site, "site must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(displayBase, "displayBase must not be null");
        failOn = failOn == null ? null : Set.copyOf(failOn);
    }

    /** The defaults for a handbook rooted at {@code root}, judged as of today in the local time zone. */
    public static BuildOptions defaults(Path root) {
        return new BuildOptions(
                root.resolve("content"), root.resolve("site"), root.resolve("target/handbook"), LocalDate.now(), false, root, null, null);
    }

    public BuildOptions withContent(Path value) {
        return new BuildOptions(value, site, out, asOf, strict, displayBase, failOn, verify);
    }

    public BuildOptions withSite(Path value) {
        return new BuildOptions(content, value, out, asOf, strict, displayBase, failOn, verify);
    }

    public BuildOptions withOut(Path value) {
        return new BuildOptions(content, site, value, asOf, strict, displayBase, failOn, verify);
    }

    public BuildOptions withAsOf(LocalDate value) {
        return new BuildOptions(content, site, out, value, strict, displayBase, failOn, verify);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(content, site, out, asOf, value, displayBase, failOn, verify);
    }

    public BuildOptions withFailOn(Set<FlagCategory> value) {
        return new BuildOptions(content, site, out, asOf, strict, displayBase, value, verify);
    }

    public BuildOptions withVerify(VerifyMode value) {
        return new BuildOptions(content, site, out, asOf, strict, displayBase, failOn, value);
    }

    /** Where verification results are cached and their JUnit XML report is written: target/handbook-verify. */
    public Path verifyFolder() {
        return displayBase.resolve("target/handbook-verify");
    }
}
