package dev.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Markup;
import dev.handbook.model.SourceFormat;
import org.junit.jupiter.api.Test;

class LeadingTitleTest {

    private static Markup body(String text, SourceFormat format) {
        return Markup.body(text, format, SourcePosition.of("ops/x.md", 4, 1));
    }

    @Test
    void aFirstH1RepeatingTheTitleIsBlankedAndLinesStayWhereTheyWere() {
        Markup shown = LeadingTitle.without(body("\n# Disk  `full`\n\nDo this.\n", SourceFormat.MARKDOWN), "Disk full");

        assertThat(shown.source()).isEqualTo("\n\n\nDo this.\n");
        assertThat(shown.where()).isEqualTo(SourcePosition.of("ops/x.md", 4, 1));
    }

    @Test
    void aSetextH1RepeatingTheTitleIsBlankedToo() {
        assertThat(LeadingTitle.without(body("Disk full\n=========\nDo this.\n", SourceFormat.MARKDOWN), "disk full").source())
                .isEqualTo("\n\nDo this.\n");
    }

    @Test
    void otherHeadingsLaterH1sAndAsciidocStay() {
        for (String text : new String[] {"# Disk is full\n", "Intro.\n\n# Disk full\n", "## Disk full\n"}) {
            assertThat(LeadingTitle.without(body(text, SourceFormat.MARKDOWN), "Disk full").source()).as(text).isEqualTo(text);
        }
        assertThat(LeadingTitle.without(body("= Disk full\n", SourceFormat.ASCIIDOC), "Disk full").source()).isEqualTo("= Disk full\n");
    }
}
