package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported collection whose bodies link the way GitHub renders them: to other records' files (with an anchor), to
 * an image in a sub-folder from files at two depths, and to a file that is not there. Built end to end, on disk and
 * in the offline copy.
 */
class ImportedBodiesPipelineTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir Path root;

    private ScratchHandbook repository() throws IOException {
        ScratchHandbook repository = new ScratchHandbook(root)
                .write("site/handbook.yaml", """
                        title: Imported
                        offline: true
                        sources:
                          - path: docs/adr
                            kind: adr
                          - path: ops/runbooks
                            kind: runbook
                            defaults: {owner: team-platform, last_reviewed: 2026-01-10}
                        """)
                .write("docs/adr/0001-use-postgres.md", """
                        # 1. Use Postgres

                        Date: 2026-01-05

                        ## Status

                        Accepted

                        [[_TOC_]]

                        ## Decision

                        We fail over as [the runbook says](../../ops/runbooks/db/disk-full.md#step-3);
                        see [the diagram](img/flow.png) and [the old notes](0000-missing.md).

                        ![flow](img/flow.png)
                        """)
                .write("ops/runbooks/db/disk-full.md", """
                        ---
                        title: Disk full
                        ---
                        # Disk full

                        ![flow](../../../docs/adr/img/flow.png)

                        ## Step 1

                        ## Step 2

                        ## Step 3

                        Back to [the decision](../../../docs/adr/0001-use-postgres.md).
                        """);
        Files.createDirectories(root.resolve("docs/adr/img"));
        Files.write(root.resolve("docs/adr/img/flow.png"), PNG);
        return repository;
    }

    @Test
    void recordFileLinksGoToPagesImagesAreCopiedAndAMissingFileIsAWarning() throws IOException {
        repository();
        Map<String, String> before = Checksums.of(root.resolve("docs"), root.resolve("ops"));
        BuildResult result = TestSites.HANDBOOK.build(TestSites.options(root, root.resolve("out")));

        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple("link.missing", SourcePosition.of("docs/adr/0001-use-postgres.md", 14, 37)));
        Path out = root.resolve("out");
        assertThat(Files.readAllBytes(out.resolve("files/docs/adr/img/flow.png"))).isEqualTo(PNG);
        Document adr = Jsoup.parse(Files.readString(out.resolve("adrs/0001-use-postgres.html")));
        assertThat(adr.select(".prose a").eachAttr("href"))
                .contains("../runbooks/disk-full.html#step-3", "../files/docs/adr/img/flow.png", "0000-missing.md");
        assertThat(adr.select("details.toc a").eachText()).containsExactly("Decision"); // asked for by [[_TOC_]]
        Document runbook = Jsoup.parse(Files.readString(out.resolve("runbooks/disk-full.html")));
        for (Document page : new Document[] {adr, runbook}) {
            assertThat(page.select("img[alt=flow]").attr("src")).isEqualTo("../files/docs/adr/img/flow.png");
        }
        assertThat(runbook.select("#step-3")).hasSize(1);
        assertThat(runbook.select(".prose h1, main h1").eachText()).containsExactly("Disk full"); // the page's, not the file's again
        assertThat(runbook.text()).contains("Use Postgres"); // linked from the ADR: listed as referencing it
        assertThat(Files.readString(out.resolve("handbook-offline.html"))).contains("src=\"data:image/png;base64,");
        assertThat(Checksums.of(root.resolve("docs"), root.resolve("ops"))).as("sources unchanged").isEqualTo(before);
    }
}
