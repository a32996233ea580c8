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

    @Test
    void headingsKeepTheirLevelAndGetAnIdAndAPermalinkAfterTheirText() {
        HtmlFragment html = body("# Before you start\n\n## Rollback plan\n");

        assertThat(html.html()).contains(
                "<h1 id=\"before-you-start\">Before you start<a class=\"permalink\" href=\"#before-you-start\" aria-label=\"Link to this section\">#</a></h1>",
                "<h2 id=\"rollback-plan\">Rollback plan<a class=\"permalink\" href=\"#rollback-plan\" aria-label=\"Link to this section\">#</a></h2>");
    }

    @Test
    void repeatedHeadingsInOneFragmentGetDistinctIds() {
        HtmlFragment html = body("## Details\n\n## Details\n");

        assertThat(html.outline()).extracting(Heading::id).containsExactly("details", "details-1");
        assertThat(html.html()).contains("<h2 id=\"details-1\">Details<a class=\"permalink\" href=\"#details-1\"");
    }

    @Test
    void headingsOfTheWholeEntryShareOneSetOfIds() {
        HeadingIds ids = new HeadingIds();
        MarkdownConverter converter = new MarkdownConverter(false);
        Markup summary = Markup.field("## Details\n\nFirst.", SourcePosition.of("p.yaml", 3, 10));
        Markup rootCause = Markup.field("## Details\n\nSecond.", SourcePosition.of("p.yaml", 9, 13));

        HtmlFragment first = converter.convert(summary, OWNER, targets, ids, new Diagnostics());
        HtmlFragment second = converter.convert(rootCause, OWNER, targets, ids, new Diagnostics());

        assertThat(first.outline()).extracting(Heading::id).containsExactly("details");
        assertThat(second.outline()).extracting(Heading::id).containsExactly("details-1");
        assertThat(second.html()).contains("<h2 id=\"details-1\">", "href=\"#details-1\"");
    }

    @Test
    void headingsNamedLikeTemplateIdsGetASuffix() {
        assertThat(body("## Main\n").outline()).extracting(Heading::id).containsExactly("main-1");
    }

    @Test
    void outlineHasLevelsIdsAndPlainText() {
        HtmlFragment html = body("""
                ## Use `psql` on [[db]]

                Text.

                ### Then *wait* for [the replica](https://example.com)
                """);

        assertThat(html.outline()).containsExactly(
                new Heading(2, "use-psql-on-the-db", "Use psql on The <DB>"),
                new Heading(3, "then-wait-for-the-replica", "Then wait for the replica"));
    }

    @Test
    void plainTextHasNoMarkupPermalinksOrSnippetMarkers() {
        HtmlFragment html = body("""
                ## Check

                Run **this** [now](service:db):

                - one
                - two

                ```sh verify
                echo ok
                ```

                | a | b |
                |---|---|
                | c | d |
                """);

        assertThat(html.text()).isEqualTo("Check Run this now: one two echo ok a b c d");
        assertThat(html.html()).contains(html.snippets().get(0).marker());
    }

    @Test
    void mermaidBlocksBecomeEscapedDiagramsEvenWithRawHtmlAllowed() {
        Markup markup = Markup.body("""
                ```mermaid
                graph TD
                  A-->B["<script>alert(1)</script>"]
                ```
                """, SourceFormat.MARKDOWN, SourcePosition.of("r.md", 1, 1));

        HtmlFragment html = new MarkdownConverter(true).convert(markup, OWNER, targets, new Diagnostics());

        assertThat(html.html()).isEqualTo("""
                <pre class="mermaid">graph TD
                  A--&gt;B[&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;]
                </pre>
                """);
        assertThat(html.mermaid()).isTrue();
        assertThat(html.code()).isFalse();
    }

    @Test
    void codeWithALanguageIsMarkedForHighlighting() {
        HtmlFragment html = body("```yaml\na: 1\n```\n");

        assertThat(html.html()).contains("<pre><code class=\"language-yaml\">a: 1");
        assertThat(html.code()).isTrue();
        assertThat(html.mermaid()).isFalse();
    }

    @Test
    void codeWithoutALanguageIsNotMarked() {
        assertThat(body("```\nplain\n```\n\n    indented\n").code()).isFalse();
    }
}
