package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.render.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental rebuild after each kind of change gives exactly the site and diagnostics of a full build. */
class IncrementalRebuildTest {

    @TempDir Path root;
    Snapshot current;

    @BeforeEach
    void copyTheBasicSite() throws IOException {
        TestSites.copy("basic", root);
        current = TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")), true);
        assertThat(current.diagnostics()).isEmpty();
    }

    /** Applies the change already made on disk to {@code paths}, and checks the rebuild against a full build. */
    void rebuildMatchesFullBuild(String... paths) {
        List<Path> changed = Stream.of(paths).map(root::resolve).toList();
        Snapshot incremental = TestSites.HANDBOOK.rebuild(current, changed);
        Snapshot full = TestSites.HANDBOOK.snapshot(current.options(), true);

        assertThat(incremental.diagnostics()).map(Diagnostic::format).isEqualTo(full.diagnostics().stream().map(Diagnostic::format).toList());
        assertThat(incremental.pages().keySet()).isEqualTo(full.pages().keySet());
        for (Map.Entry<String, Page> page : full.pages().entrySet()) {
            assertThat(incremental.pages().get(page.getKey()).text()).as(page.getKey()).isEqualTo(page.getValue().text());
        }
        current = incremental;
    }

    void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    String read(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    @Test
    void editingABody() throws IOException {
        write("content/runbooks/db-failover.md", read("content/runbooks/db-failover.md").replace("Promote the replica", "Promote the standby"));
        rebuildMatchesFullBuild("content/runbooks/db-failover.md");
        assertThat(current.pages().get("runbooks/db-failover.html").text()).contains("Promote the standby");
        // the pages that link to it show its title and summary, which did not change: they are reused as they were
        assertThat(current.site().rendered()).containsExactly(RENDERED_AFTER_BODY_EDIT);
    }

    /**
     * The edited runbook's page; the map, and the pages of its SPOF and that SPOF's service, whose diagrams read the
     * runbook's whole record. Its index, the home page, the ADR it links to and the postmortems are reused.
     */
    static final String[] RENDERED_AFTER_BODY_EDIT = {"map.html", "runbooks/db-failover.html", "services/db.html", "spofs/db-primary.html"};

    /** The alert's page appears and the SPOF's detection links to it; taking the name out again removes both. */
    @Test
    void namingAnAlertInARunbookAddsItsPageAndLinksTheSpofsDetection() throws IOException {
        String runbook = read("content/runbooks/db-failover.md");
        write("content/runbooks/db-failover.md", runbook.replace("tags: [database, failover]", "tags: [database, failover]\nalerts: [DbPrimaryDown]"));
        rebuildMatchesFullBuild("content/runbooks/db-failover.md");
        assertThat(current.pages()).containsKeys("alerts/DbPrimaryDown.html", "alerts/index.html");
        assertThat(current.pages().get("spofs/db-primary.html").text()).contains("href=\"../alerts/DbPrimaryDown.html\"");

        write("content/runbooks/db-failover.md", runbook);
        rebuildMatchesFullBuild("content/runbooks/db-failover.md");
        assertThat(current.pages()).doesNotContainKeys("alerts/DbPrimaryDown.html", "alerts/index.html");
        assertThat(current.pages().get("spofs/db-primary.html").text()).doesNotContain("alerts/");
    }

    @Test
    void retitlingARecordThatOthersLinkTo() throws IOException {
        write("content/runbooks/restore.adoc", read("content/runbooks/restore.adoc").replace("title: Restore from backup", "title: Restore from the nightly backup"));
        rebuildMatchesFullBuild("content/runbooks/restore.adoc");
        assertThat(current.pages().get("spofs/db-primary.html").text()).contains("Restore from the nightly backup");
    }

    @Test
    void retaggingARecordMovesItBetweenTagPages() throws IOException {
        write("content/runbooks/db-failover.md", read("content/runbooks/db-failover.md").replace("tags: [database, failover]", "tags: [database, on-call]"));
        rebuildMatchesFullBuild("content/runbooks/db-failover.md");
        assertThat(current.pages()).containsKey("tags/on-call.html").doesNotContainKey("tags/failover.html");
    }

    @Test
    void addingARecord() throws IOException {
        write("content/chaos/2026-02-12-latency.yaml", "title: Add latency\ndate: 2026-02-12\nhypothesis: p99 under 1s\nfault: 300ms\nresult: broken\ntargets: [db-primary, api]\n");
        rebuildMatchesFullBuild("content/chaos/2026-02-12-latency.yaml");
        assertThat(current.pages()).containsKey("chaos/2026-02-12-latency.html");
    }

    @Test
    void deletingARecord() throws IOException {
        Files.delete(root.resolve("content/chaos/2026-02-10-kill-primary.yaml"));
        rebuildMatchesFullBuild("content/chaos/2026-02-10-kill-primary.yaml");
        assertThat(current.pages()).doesNotContainKey("chaos/2026-02-10-kill-primary.html");
    }

    @Test
    void renamingAFile() throws IOException {
        Files.move(root.resolve("content/chaos/2026-02-10-kill-primary.yaml"), root.resolve("content/chaos/2026-02-11-kill-primary.yaml"));
        rebuildMatchesFullBuild("content/chaos/2026-02-10-kill-primary.yaml", "content/chaos/2026-02-11-kill-primary.yaml");
        assertThat(current.pages()).containsKey("chaos/2026-02-11-kill-primary.html").doesNotContainKey("chaos/2026-02-10-kill-primary.html");
    }

    @Test
    void changingAReferencedIdBreaksThenFixingItRestores() throws IOException {
        write("content/services/db.yaml", "id: database\n" + read("content/services/db.yaml"));
        rebuildMatchesFullBuild("content/services/db.yaml");
        assertThat(current.hasErrors()).as("references to 'db' are now unknown").isTrue();

        for (String file : List.of("content/services/api.yaml", "content/spofs/db-primary.yaml", "content/postmortems/2026-01-20-db-outage.md",
                "content/drills/2026-02-01-failover-drill.yaml")) {
            write(file, read(file).replace("[db]", "[database]").replace("service: db\n", "service: database\n").replace("[db, api]", "[database, api]")
                    .replace("[db-primary, db]", "[db-primary, database]"));
        }
        rebuildMatchesFullBuild("content/services/api.yaml", "content/spofs/db-primary.yaml", "content/postmortems/2026-01-20-db-outage.md",
                "content/drills/2026-02-01-failover-drill.yaml");
        assertThat(current.hasErrors()).isFalse();
        assertThat(current.pages()).containsKey("services/database.html").doesNotContainKey("services/db.html");
    }

    @Test
    void changingAReferenceChangesBothEndsAndTheFreshnessOfTheTarget() throws IOException {
        write("content/chaos/2026-02-10-kill-primary.yaml", read("content/chaos/2026-02-10-kill-primary.yaml").replace("targets: [db-primary]", "targets: [api]"));
        rebuildMatchesFullBuild("content/chaos/2026-02-10-kill-primary.yaml");
    }

    @Test
    void aSiteChangeRebuildsEverything() throws IOException {
        write("site/handbook.yaml", read("site/handbook.yaml").replace("Example <handbook>", "Renamed"));
        rebuildMatchesFullBuild("site/handbook.yaml");
        assertThat(current.pages().get("runbooks/restore.html").text()).contains("Renamed");
    }

    @Test
    void linkingAnImageCopiesItAndUnlinkingItRemovesIt() throws IOException {
        Files.createDirectories(root.resolve("content/runbooks/img"));
        Files.write(root.resolve("content/runbooks/img/graph.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String body = read("content/runbooks/db-failover.md");
        write("content/runbooks/db-failover.md", body + "\n![replication lag](img/graph.png)\n");
        rebuildMatchesFullBuild("content/runbooks/db-failover.md");
        assertThat(current.pages()).containsKey("files/content/runbooks/img/graph.png");

        Files.write(root.resolve("content/runbooks/img/graph.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 2});
        rebuildMatchesFullBuild("content/runbooks/img/graph.png");
        assertThat(current.pages().get("files/content/runbooks/img/graph.png").content()).hasSize(5);

        write("content/runbooks/db-failover.md", body);
        rebuildMatchesFullBuild("content/runbooks/db-failover.md");
        assertThat(current.pages()).doesNotContainKey("files/content/runbooks/img/graph.png");
    }

    @Test
    void aLinkToAMissingRecordFileWorksOnceTheFileIsAdded() throws IOException {
        write("content/runbooks/db-failover.md", read("content/runbooks/db-failover.md") + "\nThen [drain](drain-node.md#first).\n");
        rebuildMatchesFullBuild("content/runbooks/db-failover.md");
        assertThat(current.diagnostics()).extracting(Diagnostic::code).contains("link.missing");

        write("content/runbooks/drain-node.md", "---\ntitle: Drain the node\nowner: team-data\nlast_reviewed: 2026-02-01\n---\n## First\n");
        rebuildMatchesFullBuild("content/runbooks/drain-node.md");
        assertThat(current.pages().get("runbooks/db-failover.html").text()).contains("href=\"../runbooks/drain-node.html#first\"");
    }

    /**
     * A handbook read from {@code sources:} is scanned again on each rebuild, but parses and renders only what
     * changed: the other files keep their parse results, and a body edit re-renders the pages it does without sources.
     */
    @Test
    void aHandbookReadFromSourcesParsesAndRendersOnlyWhatChanged() throws IOException {
        String kinds = "runbooks runbook adrs adr postmortems postmortem spofs spof services service drills drill chaos chaos";
        StringBuilder sources = new StringBuilder("\nsources:\n");
        String[] words = kinds.split(" ");
        for (int i = 0; i < words.length; i += 2) {
            sources.append("  - {path: content/").append(words[i]).append(", kind: ").append(words[i + 1]).append("}\n");
        }
        write("site/handbook.yaml", read("site/handbook.yaml") + sources);
        current = TestSites.HANDBOOK.snapshot(current.options(), true);
        assertThat(current.config().listsSources()).isTrue();
        assertThat(current.diagnostics()).isEmpty();
        Snapshot before = current;

        write("content/runbooks/db-failover.md", read("content/runbooks/db-failover.md").replace("Promote the replica", "Promote the standby"));
        rebuildMatchesFullBuild("content/runbooks/db-failover.md");
        for (int i = 0; i < before.files().size(); i++) {
            boolean edited = before.files().get(i).source().displayPath().endsWith("db-failover.md");
            assertThat(current.files().get(i) == before.files().get(i)).as(before.files().get(i).source().displayPath()).isEqualTo(!edited);
        }
        assertThat(current.site().rendered()).containsExactly(RENDERED_AFTER_BODY_EDIT);

        write("content/runbooks/drain-node.md", "---\ntitle: Drain the node\nowner: team-data\nlast_reviewed: 2026-02-01\n---\n## First\n");
        rebuildMatchesFullBuild("content/runbooks/drain-node.md");
        assertThat(current.pages()).containsKey("runbooks/drain-node.html");

        Files.delete(root.resolve("content/runbooks/drain-node.md"));
        rebuildMatchesFullBuild("content/runbooks/drain-node.md");
        assertThat(current.pages()).doesNotContainKey("runbooks/drain-node.html");
    }
}
