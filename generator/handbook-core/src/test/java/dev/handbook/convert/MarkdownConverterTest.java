package dev.handbook.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.catalog.CatalogBuilder;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.EntryMeta;
import dev.handbook.model.Markup;
import dev.handbook.model.Service;
import dev.handbook.model.SourceFormat;
import dev.handbook.model.Cadence;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownConverterTest {

    private static final EntryId OWNER = new EntryId(EntryKind.RUNBOOK, "r");

    private final LinkTargets targets = new LinkTargets(new CatalogBuilder().build(List.of(service("db", "The <DB>")), new Diagnostics()));

    private static Service service(String name, String title) {
        return new Service(new EntryMeta(new EntryId(EntryKind.SERVICE, name), title, "", List.of(), "s.yaml", List.of()), "0", null, null, null, null, List.of(), Cadence.NONE);
    }

    private HtmlFragment body(String markdown) {
        return new MarkdownConverter(false).convert(Markup.body(markdown, SourceFormat.MARKDOWN, SourcePosition.of("r.md", 10, 1)), OWNER, targets, new Diagnostics());
    }

    @Test
    void kindLinksBecomeRelativePageLinks() {
        HtmlFragment html = body("See [the database](service:db).\n");

        assertThat(html.html()).contains("<a href=\"../services/db.html\">the database</a>");
        assertThat(html.links()).containsExactly(new Link("db", EntryKind.SERVICE, SourcePosition.of("r.md", 10, 5)));
    }

    @Test
    void wikiLinksTakeTheTargetTitleEscapedOrTheirOwnText() {
        HtmlFragment html = body("Intro.\n\nFirst [[db]], then [[db|our db]] and [[nope]].\n");

        assertThat(html.html()).contains("<a href=\"../services/db.html\">The &lt;DB&gt;</a>", "<a href=\"../services/db.html\">our db</a>");
        assertThat(html.links()).extracting(Link::target, Link::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple("db", SourcePosition.of("r.md", 12, 7)),
                org.assertj.core.groups.Tuple.tuple("db", SourcePosition.of("r.md", 12, 20)),
                org.assertj.core.groups.Tuple.tuple("nope", SourcePosition.of("r.md", 12, 38)));
    }

    @Test
    void linksInCodeAreLeftAlone() {
        HtmlFragment html = body("`[[db]]`\n\n```\n[x](service:db)\n```\n");

        assertThat(html.links()).isEmpty();
        assertThat(html.html()).contains("<code>[[db]]</code>");
    }

    @Test
    void rawHtmlIsEscapedAndJavascriptUrlsAreDropped() {
        HtmlFragment html = body("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n");

        assertThat(html.html()).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
    }

    @Test
    void verifyBlocksBecomeSnippetsWithOptionsAsWrittenAndAMarkerForTheirResult() {
        HtmlFragment html = body("1. Check:\n\n   ```sh verify name=\"version is 16.2\" timeout=5s expect_output=/16\\.2/ requires=psql,pg_ctl\n   psql --version\n   ```\n");

        assertThat(html.snippets()).singleElement().satisfies(snippet -> {
            assertThat(snippet.name()).isEqualTo("version is 16.2");
            assertThat(snippet.expectPattern().pattern()).as("backslash kept").isEqualTo("16\\.2");
            assertThat(snippet.requires()).containsExactly("psql", "pg_ctl");
            assertThat(snippet.timeout()).hasSeconds(5);
            assertThat(snippet.code()).isEqualTo("psql --version\n");
            assertThat(snippet.where()).isEqualTo(SourcePosition.of("r.md", 12, 4));
            assertThat(html.html()).contains("<code class=\"language-sh\">psql --version", snippet.marker());
        });
    }

    @Test
    void aOneParagraphFieldIsInline() {
        HtmlFragment html = new MarkdownConverter(false).convert(Markup.field("Only **this**.", SourcePosition.of("s.yaml", 3, 8)), OWNER, targets, new Diagnostics());

        assertThat(html.html()).isEqualTo("Only <strong>this</strong>.");
    }
}
