package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.schema.Schemas;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GovukTechDocsReaderTest {

    private final GovukTechDocsReader reader = new GovukTechDocsReader();

    private static final String PAGE = """
            ---
            title: Deploy an app
            weight: 20
            last_reviewed_on: 2024-01-10
            review_in: 6 months
            owner_slack: "#govuk-platform"
            ---

            # Deploy an app

            <%= partial "partials/links" %>

            Run the pipeline. See <%= link_to "the guide",
              "/guide" %> for more.

            ## Rollback
            """;

    @Test
    void readsTechDocsReviewKeysAsHandbooksFields() {
        ReadAdr runbook = ReadAdr.read(reader, EntryKind.RUNBOOK, "deploy-an-app.html.md.erb", PAGE, Map.of());

        assertThat(runbook.values()).isEqualTo(Map.of("title", "Deploy an app", "last_reviewed", "2024-01-10", "owner", "#govuk-platform",
                "review_every", "6mo"));
        assertThat(runbook.at("review_every")).isEqualTo("5:12");
        assertThat(runbook.schemaProblems(Schemas.RUNBOOK)).isEmpty();
    }

    @Test
    void erbTagsAreRemovedWithAWarningAtTheirPlaceAndLinesStayTheFilesLines() {
        ReadAdr runbook = ReadAdr.read(reader, EntryKind.RUNBOOK, "deploy-an-app.html.md.erb", PAGE, Map.of());

        assertThat(runbook.messages()).containsExactly(
                "runbooks/deploy-an-app.html.md.erb:11:1: warning: ERB tag `<%= partial \"partials/links\" %>` cannot be run here, and is left"
                        + " out of the page. Write its output into the page, or leave it: tech-docs still runs it. [erb.removed]",
                "runbooks/deploy-an-app.html.md.erb:13:23: warning: ERB tag `<%= link_to \"the guide\", \"/guide\" %>` cannot be run here, and is"
                        + " left out of the page. Write its output into the page, or leave it: tech-docs still runs it. [erb.removed]");
        assertThat(runbook.body().source()).doesNotContain("<%", "partial").contains("Run the pipeline. See ").contains("## Rollback");
        assertThat(runbook.body().source().lines().toList()).as("line 16 of the file is still line 16").element(16 - runbook.body().where().line())
                .isEqualTo("## Rollback");
    }

    @Test
    void aReviewPeriodTechDocsCannotMeanIsAnError() {
        ReadAdr runbook = ReadAdr.read(reader, EntryKind.RUNBOOK, "x.html.md.erb", "---\ntitle: X\nreview_in: soon\n---\n", Map.of());

        assertThat(runbook.result()).isInstanceOf(FormatResult.Failed.class);
        assertThat(runbook.messages()).singleElement().asString().startsWith("runbooks/x.html.md.erb:3:12: error: 'soon' is not a period");
    }

    @Test
    void recognisesErbPagesAndTechDocsFrontMatterOnly() {
        assertThat(SourceFormat.ofFileName("deploy.html.md.erb")).as("the scanner takes it as Markdown").contains(SourceFormat.MARKDOWN);
        assertThat(reader.recognises(ReadAdr.input(EntryKind.RUNBOOK, "a.html.md.erb", "# A\n", false, Map.of()))).isTrue();
        assertThat(reader.recognises(ReadAdr.input(EntryKind.RUNBOOK, "a.md", "---\nreview_in: 3 months\n---\n", false, Map.of()))).isTrue();
        assertThat(reader.recognises(ReadAdr.input(EntryKind.RUNBOOK, "a.md", "---\ntitle: A\nweight: 2\n---\n", false, Map.of()))).isFalse();
    }
}
