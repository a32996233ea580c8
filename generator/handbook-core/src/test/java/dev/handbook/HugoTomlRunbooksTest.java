package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Runbook;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runbooks of a Hugo site with TOML front matter ({@code +++}) build like those with YAML front matter. */
class HugoTomlRunbooksTest {

    @TempDir Path root;

    private Snapshot build(String runbook) {
        new ScratchHandbook(root)
                .write("site/handbook.yaml", "sources:\n  - path: site-docs/content/runbooks\n    kind: runbook\n    defaults: {owner: team-sre}\n")
                .write("site-docs/content/runbooks/KubePodNotReady.md", runbook);
        return TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")), true);
    }

    @Test
    void aRunbookWithTomlFrontMatterBuildsWithItsTitleAndReviewDate() {
        Snapshot snapshot = build("""
                +++
                title = "Pod not ready"
                weight = 10
                lastmod = 2026-01-20T10:00:00Z
                date = 2021-03-04

                [menu.main]
                parent = "alerts"
                +++
                ## Mitigation

                Restart the pod.
                """);

        assertThat(snapshot.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).as("errors").isEmpty();
        Runbook runbook = (Runbook) snapshot.catalog().get(new EntryId(EntryKind.RUNBOOK, "kubepodnotready"));
        assertThat(runbook.title()).isEqualTo("Pod not ready");
        assertThat(runbook.lastReviewed()).as("lastmod, as a TOML date-time").isEqualTo(LocalDate.of(2026, 1, 20));
        Document page = Jsoup.parse(snapshot.pages().get("runbooks/kubepodnotready.html").text());
        assertThat(page.select("h1").text()).isEqualTo("Pod not ready");
        assertThat(page.text()).contains("Restart the pod.", "2026-01-20").doesNotContain("+++", "weight", "[menu.main]");
    }

    @Test
    void brokenTomlFrontMatterIsReportedAtItsFileLineAndColumn() {
        Snapshot snapshot = build("+++\ntitle = \"Pod not ready\"\nlastmod = 2026-01-20\nweight = = 10\n+++\nText.\n");

        assertThat(snapshot.diagnostics()).filteredOn(d -> d.code().equals("toml.syntax")).singleElement().extracting(Diagnostic::format)
                .asString().startsWith("site-docs/content/runbooks/KubePodNotReady.md:4:10: error: Invalid TOML front matter:")
                .contains("Check quoting");
        assertThat(snapshot.catalog().find("kubepodnotready")).isEmpty();
    }
}
