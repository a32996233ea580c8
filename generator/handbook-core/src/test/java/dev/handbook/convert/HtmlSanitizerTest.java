package dev.handbook.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.catalog.CatalogBuilder;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one policy converted HTML passes: what it keeps of legitimate content, and what it drops. */
class HtmlSanitizerTest {

    private static final EntryId OWNER = new EntryId(EntryKind.RUNBOOK, "r");
    private static final Markup AT = Markup.body("", SourceFormat.ASCIIDOC, SourcePosition.of("runbooks/r.adoc", 7, 1));
    /** What Asciidoctor writes for an admonition, a table with widths, a listing, a callout, a footnote, a page break and a collapsible block. */
    private static final String ASCIIDOCTOR = """
            <div class="admonitionblock warning">
            <table>
            <tbody><tr>
            <td class="icon">
            <div class="title">Warning</div>
            </td>
            <td class="content">
            Careful.
            </td>
            </tr>
            </tbody></table>
            </div>
            <table class="tableblock frame-all grid-all" style="width: 50%;">
            <caption class="title">Table 1. Targets</caption>
            <colgroup>
            <col style="width: 33.3333%;">
            </colgroup>
            <tbody><tr><td class="tableblock halign-left valign-top" colspan="2"><p class="tableblock">1</p></td></tr>
            </tbody></table>
            <div class="listingblock verify">
            <div class="content">
            <pre class="highlight"><code class="language-sh" data-lang="sh">echo hi <b class="conum">(1)</b></code></pre>
            </div>
            </div>
            <p>Text<sup class="footnote">[<a id="_footnoteref_1" class="footnote" href="#_footnotedef_1" title="View footnote.">1</a>]</sup> \
            <a href="https://example.com" target="_blank" rel="noopener">site</a> <a id="here"></a><kbd>Ctrl</kbd></p>
            <div style="page-break-after: always;"></div>
            <details open>
            <summary class="title">More</summary>
            <div class="content"><span class="image"><img src="icon.png" alt="Icon" width="16"></span></div>
            </details>
            <pre class="mermaid">graph TD; A--&gt;B;</pre>""";

    private final Diagnostics diagnostics = new Diagnostics();
    private final HtmlSanitizer sanitizer = HtmlSanitizer.create(false);
    private final LinkTargets targets = new LinkTargets(new CatalogBuilder().build(List.of(), new Diagnostics()));

    private String clean(String html) {
        return sanitizer.sanitize(new HtmlFragment(html, List.of(), List.of(), List.of(), "", false, false), AT, diagnostics).html();
    }

    private HtmlFragment markdown(String source) {
        Markup markup = Markup.body(source, SourceFormat.MARKDOWN, SourcePosition.of("runbooks/r.md", 6, 1));
        return sanitizer.sanitize(new MarkdownConverter(false).convert(markup, OWNER, targets, diagnostics), markup, diagnostics);
    }

    @Test
    void keepsWhatAsciidoctorWritesForLegitimateContent() {
        assertThat(clean(ASCIIDOCTOR)).isEqualTo(ASCIIDOCTOR);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void keepsWhatCommonmarkWritesForLegitimateContent() {
        HtmlFragment html = markdown("""
                ## Roll back

                See [the other step](../runbooks/b.html#step-2), [this one](#roll-back) and ![graph](img/graph.png).

                | a | b |
                |:--|--:|
                | 1 | 2 |

                - [x] done

                ```sql
                select 1;
                ```

                ```mermaid
                graph TD; A-->B;
                ```
                """);

        assertThat(html.html()).contains(
                "<h2 id=\"roll-back\">Roll back<a class=\"permalink\" href=\"#roll-back\" aria-label=\"Link to this section\">#</a></h2>",
                "<a href=\"../runbooks/b.html#step-2\">the other step</a>", "<a href=\"#roll-back\">this one</a>",
                "<img src=\"img/graph.png\" alt=\"graph\">", "<th align=\"left\">a</th>", "<td align=\"right\">2</td>",
                "<input type=\"checkbox\" disabled checked> done", "<pre><code class=\"language-sql\">select 1;\n</code></pre>",
                "<pre class=\"mermaid\">graph TD; A--&gt;B;\n</pre>");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void fragmentsWithNothingToRemoveComeOutAsTheCleanerWritesThem() {
        Markup markup = Markup.body("""
                # Tom & Jerry <3

                Quotes "double" and 'single', 2 > 1, a&b, ü ☃, a&nbsp;b, line  
                break, *em* **strong** `<code>` <https://example.com/?a=1&b=2> and [[r]].

                > quoted
                > - nested *list*

                ***

                1. one
                   ```sh
                   echo "<x>" && exit 0
                   ```
                """, SourceFormat.MARKDOWN, SourcePosition.of("runbooks/r.md", 6, 1));
        String commonmark = new MarkdownConverter(false).convert(markup, OWNER, targets, new Diagnostics()).html();
        // A script at the end makes the sanitizer clean a copy; it drops the script and must write the rest the same.
        for (String safe : List.of(commonmark, ASCIIDOCTOR)) {
            assertThat(clean(safe)).as(safe).isEqualTo(clean(safe + "<script>alert(1)</script>"));
        }
    }

    @Test
    void keepsImagesFromRelativeWebAndDataImageAddressesOnly() {
        assertThat(clean("<img src=\"../a.png\"><img src=\"https://grafana.example/x.png\"><img src=\"data:image/png;base64,iVBORw0KGgo=\">"
                        + "<img src=\"data:text/html;base64,PHNjcmlwdD4=\">"))
                .isEqualTo("<img src=\"../a.png\"><img src=\"https://grafana.example/x.png\"><img src=\"data:image/png;base64,iVBORw0KGgo=\"><img>");
    }

    @Test
    void relativeAddressesAreKeptAndAnythingWithAColonIsStillResolvedToReadItsScheme() {
        String links = "<a href=\"../runbooks/b.html#step-2\">a</a><a href=\"?q=a&amp;b=(1)\">b</a><a href=\"\">c</a>"
                + "<a href=\"//cdn.example/x\">d</a><a href=\"JAVASCRIPT\">e</a><q cite=\"notes/why.html\">g</q>";

        assertThat(clean(links + "<a href=\"javascript&#58;alert(1)\">f</a><img src=\"img/a.png\"><img src=\"x:y.png\">"))
                .isEqualTo(links + "<a>f</a><img src=\"img/a.png\"><img>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "<script>window.__pwned=1</script>ok                            | ok                   | <script>",
        "<img src=x onerror=\"window.__pwned=1\">                         | <img src=\"x\">      | onerror attribute",
        "<a href=\"javascript:window.__pwned=1\">x</a>                    | <a>x</a>             | javascript: address",
        "<a href=\" JaVaScRiPt:alert(1)\">x</a>                           | <a>x</a>             | javascript: address",
        "<a href=\"java&#x09;script:alert(1)\">x</a>                      | <a>x</a>             | href attribute",
        "<a href=\"vbscript:msgbox(1)\">x</a>                             | <a>x</a>             | vbscript: address",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>       | <a>x</a>             | data:text/html address",
        "<a href=\"#top\" onclick=\"alert(1)\">x</a>                      | <a href=\"#top\">x</a> | onclick attribute",
        "<iframe src=\"https://evil.example\"></iframe>ok                 | ok                   | <iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">ok          | ok                   | <object>",
        "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>ok               | ok                   | <svg>",
        "<form action=\"https://evil.example\"><input type=\"submit\" formaction=\"javascript:alert(1)\"></form> | <input type=\"checkbox\" disabled> | <form>",
        "<style>body{display:none}</style>ok                             | ok                   | <style>",
        "<div style=\"position:fixed;inset:0\">ok</div>                   | <div>ok</div>        | style attribute",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"><base href=\"https://evil.example/\">ok | ok | <meta>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>ok | ~<p title=\"&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;\">ok</p>~ | <noscript>",
    })
    void dropsWhatCouldRunScriptAndSaysWhat(String dirty, String kept, String reported) {
        assertThat(clean(dirty)).as(dirty).isEqualTo(kept);
        assertThat(diagnostics.sorted()).singleElement().satisfies(warning -> {
            assertThat(warning.format()).as(dirty).startsWith("runbooks/r.adoc:7:1: warning: HTML removed from the page: ").contains(reported)
                    .endsWith("[html.removed]");
        });
    }

    @Test
    void markdownLinksAndAutolinksToScriptOrDataAreDropped() {
        HtmlFragment html = markdown("[a](javascript:window.__pwned=1) [b](data:text/html,<script>x</script>) [c](vbscript:x) "
                + "<javascript:window.__pwned=1> <script>window.__pwned=1</script>\n");

        assertThat(html.html()).doesNotContain("href=\"javascript:", "data:", "vbscript:", "<script").contains("&lt;script&gt;", ">a</a>", ">b</a>");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsOnly("html.removed");
    }

    @Test
    void snippetMarkersSurviveAndForgedOnesDoNot() {
        HtmlFragment html = markdown("```sh verify\ntrue\n```\n");
        String marker = html.snippets().get(0).marker();

        assertThat(html.html()).contains("</code></pre>\n" + marker);
        assertThat(clean("<p>a</p><!--handbook-verify:1:1--><handbook-verify-marker data=\"x\"></handbook-verify-marker>"))
                .as("comments and placeholders not made by a converter").isEqualTo("<p>a</p>");
        String forged = "<HANDBOOK-VERIFY-MARKER data=\"--><script>window.__pwned=1</script><!--\"></HANDBOOK-VERIFY-MARKER>";
        assertThat(sanitizer.sanitize(html.withHtml(html.html() + forged), AT, diagnostics).html())
                .as("a placeholder written by content never becomes a comment").contains(marker).doesNotContain("script");
    }

    @Test
    void rawHtmlLetsFragmentsThroughUnchanged() {
        HtmlFragment dirty = new HtmlFragment("<script>trusted()</script>", List.of(), List.of(), List.of(), "", false, false);

        assertThat(HtmlSanitizer.create(true).sanitize(dirty, AT, diagnostics)).isSameAs(dirty);
        assertThat(diagnostics.sorted()).isEmpty();
    }
}
