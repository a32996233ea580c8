package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site overrides replace the built-in theme file by file, and AsciidoctorJ starts only for AsciiDoc content. */
class ThemeAndEnginesTest {

    @TempDir Path out;

    @Test
    void siteTemplatesAndAssetsOverrideTheDefaultsOfTheSameName() throws IOException {
        try (Handbook handbook = new Handbook()) {
            BuildResult result = handbook.build(TestSites.options(TestSites.SITES.resolve("themed"), out));

            assertThat(result.diagnostics()).isEmpty();
            String page = Files.readString(out.resolve("services/api.html"));
            assertThat(page).contains("<body class=\"our-theme\">", "<h1>API</h1>");
            assertThat(Files.readString(out.resolve("assets/handbook.css"))).isEqualTo("body { color: rebeccapurple; }\n");
            assertThat(out.resolve("assets/img/logo.txt")).exists();
            assertThat(handbook.asciidocStarted()).as("no AsciiDoc, no AsciidoctorJ").isFalse();
        }
    }

    @Test
    void asciidoctorStartsWhenTheContentHasAsciiDoc() {
        try (Handbook handbook = new Handbook()) {
            handbook.check(TestSites.options(TestSites.SITES.resolve("basic"), out));
            assertThat(handbook.asciidocStarted()).isTrue();
        }
    }
}
