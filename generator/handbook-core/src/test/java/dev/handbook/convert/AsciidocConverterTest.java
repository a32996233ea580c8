package dev.handbook.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handbook.catalog.CatalogBuilder;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Cadence;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.EntryMeta;
import dev.handbook.model.Markup;
import dev.handbook.model.Service;
import dev.handbook.model.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** AsciidoctorJ takes seconds to start, so the whole class shares one converter. */
class AsciidocConverterTest {

    private static final EntryId OWNER = new EntryId(EntryKind.RUNBOOK, "r");
    private static final String PERMALINK = "<a class=\"permalink\" href=\"#%s\" aria-label=\"Link to this section\">#</a>";

    private static AsciidocConverter converter;

    private final LinkTargets targets = new LinkTargets(new CatalogBuilder().build(List.of(service("db", "The <DB>")), new Diagnostics()));
    private final Diagnostics diagnostics = new Diagnostics();

    @BeforeAll
    static void start() {
        converter = AsciidocConverter.start();
    }

    @AfterAll
    static void stop() {
        converter.close();
    }

    private static Service service(String name, String title) {
        return new Service(new EntryMeta(new EntryId(EntryKind.SERVICE, name), title, "", List.of(), "s.yaml", List.of()), "0", null, null, null, null, List.of(), Cadence.NONE);
    }

    private static Markup adoc(String source) {
        return Markup.body(source, SourceFormat.ASCIIDOC, SourcePosition.of("r.adoc", 6, 1));
    }

    private HtmlFragment body(String asciidoc) {
        return converter.convert(adoc(asciidoc), OWNER, targets, diagnostics);
    }

    @Test
    void sectionsKeepTheirLevelAndGetAnIdAndAPermalinkAfterTheirText() {
        HtmlFragment html = body("== Rollback plan\n\nText.\n\n=== Details\n");

        assertThat(html.html())
                .contains("<h2 id=\"rollback-plan\">Rollback plan" + PERMALINK.formatted("rollback-plan") + "</h2>")
                .contains("<h3 id=\"details\">Details" + PERMALINK.formatted("details") + "</h3>")
                .doesNotContain("class=\"anchor\"");
    }

    @Test
    void headingsOfTheWholeEntryShareOneSetOfIds() {
        HeadingIds ids = new HeadingIds();

        HtmlFragment first = converter.convert(adoc("== Details\n\nFirst.\n"), OWNER, targets, ids, diagnostics);
        HtmlFragment second = converter.convert(adoc("== Details\n\nSecond.\n\n== Details\n"), OWNER, targets, ids, diagnostics);

        assertThat(first.outline()).extracting(Heading::id).containsExactly("details");
        assertThat(second.outline()).extracting(Heading::id).containsExactly("details-1", "details-2");
        assertThat(second.html()).contains("<h2 id=\"details-1\">Details" + PERMALINK.formatted("details-1") + "</h2>");
    }

    @Test
    void outlineHasLevelsIdsAndPlainText() {
        HtmlFragment html = body("""
                == Use `psql` on xref:db[]

                Text.

                === Then _wait_ for https://example.com[the replica]
                """);

        assertThat(html.outline()).extracting(Heading::level, Heading::text).containsExactly(
                tuple(2, "Use psql on The <DB>"),
                tuple(3, "Then wait for the replica"));
        assertThat(html.outline()).extracting(Heading::id).allSatisfy(id -> assertThat(html.html()).contains("id=\"" + id + "\""));
    }

    @Test
    void plainTextHasNoMarkupPermalinksOrSnippetMarkers() {
        HtmlFragment html = body("""
                == Check

                Run *this* xref:db[now].

                [source,sh,role=verify,name="echo works"]
                ----
                echo ok
                ----
                """);

        assertThat(html.text()).isEqualTo("Check Run this now. echo ok");
        assertThat(html.html()).contains(html.snippets().get(0).marker());
    }

    @Test
    void verifyBlocksKeepTheirListingAndGetTheirMarkerAfterIt() {
        HtmlFragment html = body("""
                [source,sh,role=verify,name="echo works"]
                ----
                echo ok
                ----
                """);

        assertThat(html.snippets()).singleElement().satisfies(snippet -> assertThat(html.html()).isEqualTo("""
                <div class="listingblock verify">
                <div class="content">
                <pre class="highlight"><code class="language-sh" data-lang="sh">echo ok</code></pre>
                </div>
                </div>
                %s""".formatted(snippet.marker())));
        assertThat(html.code()).isTrue();
    }

    @Test
    void sourceBlocksGetLanguageClassesAndNoScriptEvenWhenTheDocumentAsksForAHighlighter() {
        HtmlFragment html = body("""
                :source-highlighter: highlight.js

                [source,yaml]
                ----
                a: 1
                ----
                """);

        assertThat(html.html())
                .contains("<code class=\"language-yaml\" data-lang=\"yaml\">a: 1</code>")
                .doesNotContain("<script", "<link", "cdn", "hljs");
        assertThat(html.code()).isTrue();
        assertThat(html.mermaid()).isFalse();
    }

    @Test
    void mermaidSourceListingsBecomeEscapedDiagrams() {
        HtmlFragment html = body("""
                [source,mermaid]
                ----
                graph TD
                  A-->B["<script>alert(1)</script>"]
                ----
                """);

        assertThat(html.html()).isEqualTo("""
                <pre class="mermaid">graph TD
                  A--&gt;B[&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;]</pre>""");
        assertThat(html.mermaid()).isTrue();
        assertThat(html.code()).isFalse();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void mermaidStyledListingAndLiteralBlocksBecomeDiagramsWithoutWarnings() {
        HtmlFragment html = body("""
                [mermaid]
                ----
                graph LR
                  X-->Y
                ----

                [mermaid]
                ....
                graph LR
                  X-->Z
                ....
                """);

        assertThat(html.html()).contains(
                "<pre class=\"mermaid\">graph LR\n  X--&gt;Y</pre>", "<pre class=\"mermaid\">graph LR\n  X--&gt;Z</pre>");
        assertThat(html.mermaid()).isTrue();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void passthroughsAndLinksThatWouldRunScriptAreCleanedAndReported() {
        Markup markup = adoc("""
                Inline +++<script>window.__pwned = 1</script>+++ and pass:[<img src="x" onerror="window.__pwned = 1">].

                ++++
                <script>window.__pwned = 1</script>
                ++++

                link:javascript:window.__pwned=1[click] and link:data:text/html,%3Cscript%3E[x] and link:../spofs/db.html#risk[risk].
                """);
        HtmlFragment html = HtmlSanitizer.create(false).sanitize(converter.convert(markup, OWNER, targets, diagnostics), markup, diagnostics);

        assertThat(html.html()).doesNotContain("<script", "onerror", "javascript:", "data:")
                .contains("<img src=\"x\">", "<a>click</a>", "<a>x</a>", "<a href=\"../spofs/db.html#risk\">risk</a>");
        assertThat(diagnostics.sorted()).singleElement().asString()
                .contains("r.adoc:6:1: warning: HTML removed from the page: <script>, onerror attribute, javascript: address, data:text/html address.");
    }

    @Test
    void imageAndLinkMacrosToFilesPointWhereTheSiteHasThemAndAnsiCodesGo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path repository)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(repository.resolve("ops/img"));
        java.nio.file.Files.write(repository.resolve("ops/img/lag.png"), new byte[] {1});
        LinkTargets onDisk = new LinkTargets(new CatalogBuilder().build(List.of(service("db", "DB")), new Diagnostics()),
                new LinkTargets.Files(repository, repository));
        Markup markup = Markup.body("image::img/lag.png[Lag]\n\nSee link:gone.pdf[the spec].\n\n----\n\u001B[1mbold\u001B[0m\n----\n",
                SourceFormat.ASCIIDOC, SourcePosition.of("ops/r.adoc", 6, 1));

        HtmlFragment html = converter.convert(markup, OWNER, onDisk, diagnostics);

        assertThat(html.html()).contains("src=\"../files/ops/img/lag.png\"", "<pre>bold</pre>").doesNotContain("\u001B");
        assertThat(html.files()).containsExactly("ops/img/lag.png");
        assertThat(diagnostics.sorted()).extracting(d -> d.code() + " " + d.where())
                .containsExactly("link.missing ops/r.adoc:8:10");
    }
}
