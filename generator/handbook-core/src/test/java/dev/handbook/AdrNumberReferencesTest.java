package dev.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADRs that name each other by number ({@code superseded by ADR-0057}) link to the ADR with that number in a build. */
class AdrNumberReferencesTest {

    @TempDir Path root;

    private ScratchHandbook repository(String sources) {
        return new ScratchHandbook(root)
                .write("site/handbook.yaml", "sources:\n" + sources)
                .write("docs/adr/0012-use-mysql.md", adrTools(12, "Use MySQL", "Superseded"))
                .write("docs/adr/0045-use-x.md", adrTools(45, "Use X", "Superseded by ADR-0057"))
                .write("docs/adr/0057-use-y.md", adrTools(57, "Use Y", "Accepted"))
                .write("docs/adr/0060-use-z.md", adrTools(60, "Use Z", "Accepted\n\nSupersedes ADR 12\n\nAmends adr-57"));
    }

    private static String adrTools(int number, String title, String status) {
        return "# " + number + ". " + title + "\n\nDate: 2021-03-0" + (number % 9 + 1) + "\n\n## Status\n\n" + status
                + "\n\n## Context\n\nWhy.\n";
    }

    private Snapshot build() {
        return TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")), true);
    }

    private static final String ONE_SOURCE = "  - path: docs/adr\n    kind: adr\n    defaults: {owner: team-arch}\n";

    @Test
    void referencesByNumberLinkToThatAdrAndSupersessionIsCompletedOnTheOtherSide() {
        repository(ONE_SOURCE);
        Snapshot snapshot = build();

        assertThat(snapshot.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).as("errors").isEmpty();
        assertThat(snapshot.graph().supersededBy(new EntryId(EntryKind.ADR, "0045-use-x"))).extracting(EntryId::name).containsExactly("0057-use-y");
        assertThat(snapshot.graph().supersedes(new EntryId(EntryKind.ADR, "0060-use-z"))).extracting(EntryId::name).containsExactly("0012-use-mysql");

        Document old = page(snapshot, "adrs/0045-use-x.html");
        assertThat(old.select(".callout.superseded a").attr("href")).isEqualTo("../adrs/0057-use-y.html");
        Document newer = page(snapshot, "adrs/0057-use-y.html");
        assertThat(newer.select("a[href=../adrs/0045-use-x.html]")).as("the other side, from ADR-0057's own page").isNotEmpty();
        Document z = page(snapshot, "adrs/0060-use-z.html");
        assertThat(z.select("a[href=../adrs/0012-use-mysql.html]")).as("Supersedes ADR 12").isNotEmpty();
        assertThat(z.select("a[href=../adrs/0057-use-y.html]")).as("Amends adr-57").isNotEmpty();
        assertThat(page(snapshot, "adrs/0012-use-mysql.html").select(".callout.superseded a").attr("href")).isEqualTo("../adrs/0060-use-z.html");
    }

    @Test
    void aNumberTwoAdrsShareIsAnErrorListingBoth() {
        repository(ONE_SOURCE + "  - path: legacy/decisions\n    kind: adr\n    defaults: {owner: team-old}\n")
                .write("legacy/decisions/0057-old-y.md", adrTools(57, "Old Y", "Accepted"));
        Snapshot snapshot = build();

        assertThat(snapshot.diagnostics()).filteredOn(d -> d.code().equals("xref.adr-number")).as("ADR-0057 here, adr-57 in 0060").hasSize(2)
                .filteredOn(d -> d.where().path().equals("docs/adr/0045-use-x.md")).singleElement().extracting(Diagnostic::format)
                .asString().startsWith("docs/adr/0045-use-x.md:7:15: error: 'adr-0057' in 'superseded_by' could be any of 2 ADRs numbered 57: ")
                .contains("0057-old-y (legacy/decisions/0057-old-y.md)", "0057-use-y (docs/adr/0057-use-y.md)")
                .contains("Write the id of the one you mean");
    }

    @Test
    void aRecordWhoseIdIsTheWrittenReferenceWinsOverTheNumber() {
        repository(ONE_SOURCE).write("docs/adr/ADR-0057.md", adrTools(57, "Named ADR-0057", "Proposed"));
        Snapshot snapshot = build();

        assertThat(snapshot.graph().supersededBy(new EntryId(EntryKind.ADR, "0045-use-x"))).extracting(EntryId::name).containsExactly("adr-0057");
    }

    private static Document page(Snapshot snapshot, String path) {
        assertThat(snapshot.pages()).containsKey(path);
        return Jsoup.parse(snapshot.pages().get(path).text());
    }
}
