package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.verify.JUnitXmlWriter;
import dev.handbook.verify.SnippetStatus;
import dev.handbook.verify.VerifyMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build with --verify runs every kind of snippet and shows each result where it was written. */
class VerifyBuildTest {

    @TempDir Path root;

    @Test
    void resultsAppearUnderTheirSnippetsOnTheVerificationPageAndInJUnitXml() throws IOException {
        TestSites.copy("basic", root);

        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(root, root.resolve("public")).withVerify(VerifyMode.FRESH));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.verification().results()).hasSize(3);
        assertThat(result.verification().count(SnippetStatus.PASS)).isGreaterThanOrEqualTo(2);
        assertThat(result.verification().failures()).isEmpty();
        assertThat(Files.readString(root.resolve("public/runbooks/db-failover.html")))
                .contains("<div class=\"verify-result pass\"><span class=\"badge good\">pass</span> The replica is configured");
        assertThat(Files.readString(root.resolve("public/spofs/db-primary.html")))
                .contains("<div class=\"verify-result pass\"><span class=\"badge good\">pass</span> Two database nodes are listed");
        assertThat(Files.readString(root.resolve("public/runbooks/restore.html"))).containsPattern("verify-result (skipped|pass)");
        assertThat(Files.readString(root.resolve("public/verification.html"))).contains("The replica is configured", "Restore tool is present");
        assertThat(Files.readString(root.resolve("public/runbooks/index.html"))).contains("verified · 1 passed");
        assertThat(root.resolve("target/handbook-verify/" + JUnitXmlWriter.FILE_NAME)).exists();
    }
}
