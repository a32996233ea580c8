package dev.handbook.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.catalog.CatalogBuilder;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.EntryMeta;
import dev.handbook.model.Markup;
import dev.handbook.model.Runbook;
import dev.handbook.model.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown written for other tools (GitHub, GitLab, MkDocs, Hugo) as handbook shows it. */
class ImportedMarkdownTest {

    private static final EntryId OWNER = new EntryId(EntryKind.RUNBOOK, "r");

    @TempDir Path repository;

    private final Diagnostics diagnostics = new Diagnostics();

    private static Runbook runbook(String name, String path) {
        return new Runbook(new EntryMeta(new EntryId(EntryKind.RUNBOOK, name), name, "", List.of(), path, List.of()), null, null,
                List.of(), List.of(), null, List.of(), null);
    }

    private LinkTargets targets() {
        return new LinkTargets(new CatalogBuilder().build(List.of(runbook("x", "ops/runbooks/x.md"), runbook("help", "docs/adr/0009-help.md")),
                new Diagnostics()), new LinkTargets.Files(repository, repository));
    }

    /** Converted as the body of {@code docs/adr/0001-a.md}, starting on line 5, and sanitized as every page is. */
    private HtmlFragment body(String markdown) {
        Markup markup = Markup.body(markdown, SourceFormat.MARKDOWN, SourcePosition.of("docs/adr/0001-a.md", 5, 1));
        HtmlFragment html = new MarkdownConverter(false).convert(markup, OWNER, targets(), diagnostics);
        return HtmlSanitizer.create(false).sanitize(html, markup, diagnostics);
    }

    private void file(String path) throws IOException {
        Files.createDirectories(repository.resolve(path).getParent());
        Files.write(repository.resolve(path), new byte[] {1, 2, 3});
    }

    @Test
    void linksToAnotherRecordsFileGoToItsPageAndAnchor() {
        HtmlFragment html = body("See [help](0009-help.md) and [step 3](../../ops/runbooks/x.md#step-3).\n");

        assertThat(html.html()).contains("<a href=\"../runbooks/help.html\">help</a>", "<a href=\"../runbooks/x.html#step-3\">step 3</a>");
        assertThat(html.links()).extracting(Link::target).containsExactly("help", "x");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void recordFilesMatchCaseSensitivelyAndAMissingFileIsAWarningAtTheLink() {
        HtmlFragment html = body("Intro.\n\nSee [old](0009-HELP.md).\n");

        assertThat(html.html()).contains("href=\"0009-HELP.md\"");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code, Diagnostic::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("link.missing", SourcePosition.of("docs/adr/0001-a.md", 7, 5)));
    }

    @Test
    void imagesAndOtherFilesAreLinkedWhereTheSiteCopiesThem() throws IOException {
        file("docs/adr/img/flow chart.png");
        file("docs/spec.pdf");

        HtmlFragment html = body("![flow](img/flow%20chart.png)\n\n[the spec](../spec.pdf#page=2)\n");

        assertThat(html.html()).contains("src=\"../files/docs/adr/img/flow%20chart.png\"", "href=\"../files/docs/spec.pdf#page=2\"");
        assertThat(html.files()).containsExactly("docs/adr/img/flow chart.png", "docs/spec.pdf");
    }

    @Test
    void hiddenFilesAndFilesOutsideTheRepositoryAreNeverCopied() throws IOException {
        file("docs/adr/.env");

        java.nio.file.Path outside = Files.createTempFile("outside", ".png");
        String up = "../".repeat(repository.getNameCount() + 2) + outside.toString().substring(1);
        HtmlFragment html = body("[env](.env) [out](" + up + ") [web](https://example.com/a.png) [top](#top)\n");
        Files.delete(outside);

        assertThat(html.files()).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("link.unpublished", "link.unpublished");
        assertThat(html.html()).contains("href=\".env\"", "href=\"https://example.com/a.png\"", "href=\"#top\"");
    }

    @Test
    void htmlCommentsAreDroppedNotShownEscaped() {
        HtmlFragment html = body("<!-- adr-tools: do not edit -->\n\nText <!-- inline note --> here.\n");

        assertThat(html.html()).doesNotContain("&lt;!--", "do not edit", "inline note").contains("<p>Text  here.</p>");
    }

    @Test
    void tocLinesAskForThePageOutlineAndAreNotShown() {
        assertThat(body("[[_TOC_]]\n\n## One\n").toc()).isTrue();
        HtmlFragment mkdocs = body("[TOC]\n\n## One\n");
        assertThat(mkdocs.toc()).isTrue();
        assertThat(mkdocs.html()).doesNotContain("TOC");
        assertThat(body("## One\n\nSee [TOC] later.\n").toc()).isFalse();
    }

    @Test
    void aTocLineIsFoundOnAnyLineOfTheBody() {
        assertThat(body("## One\n\nText.\n\n  [TOC]  \n\n## Two\n").toc()).isTrue();
        assertThat(body("## One\n\nText.\n\n[TOC]").toc()).as("last line, no line end").isTrue();
        assertThat(body("## One\n\n[TOC] and more\n").toc()).isFalse();
    }

    @Test
    void githubAlertsRenderAsAsciidoctorAdmonitions() {
        HtmlFragment html = body("> [!WARNING]\n> Drain the node **first**.\n\n> [!NOPE]\n> a quote\n");

        assertThat(html.html()).contains("<div class=\"admonitionblock warning\">", "<td class=\"icon\">", "<div class=\"title\">Warning</div>",
                "<td class=\"content\">", "Drain the node <strong>first</strong>.").doesNotContain("[!WARNING]");
        assertThat(html.html()).contains("<blockquote>", "[!NOPE]");
    }

    @Test
    void mkdocsAdmonitionsRenderWithTheirTitleAndIndentedBody() {
        HtmlFragment html = body("!!! danger \"Data loss\"\n    Never run `DROP` here.\n\n    - step\n\nAfter.\n");

        assertThat(html.html()).contains("<div class=\"admonitionblock caution\">", "<div class=\"title\">Data loss</div>",
                "Never run <code>DROP</code> here.", "<li>step</li>");
        assertThat(html.html().indexOf("After.")).isGreaterThan(html.html().indexOf("</table>"));
    }

    @Test
    void ansiEscapeCodesLeaveCodeBlocks() {
        HtmlFragment html = body("```\n\u001B[31mERROR\u001B[0m disk full\n```\n");

        assertThat(html.html()).contains("<code>ERROR disk full\n</code>").doesNotContain("\u001B", "[31m");
    }

    @Test
    void hugoShortcodesAndErbAreWarningsAtTheirPosition() {
        body("Intro.\n\nSee {{< ref \"x.md\" >}} and <%= partial \"y\" %>.\n\n`{{< in code >}}`\n");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::code, Diagnostic::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple("markup.template", SourcePosition.of("docs/adr/0001-a.md", 7, 5)),
                org.assertj.core.groups.Tuple.tuple("markup.template", SourcePosition.of("docs/adr/0001-a.md", 7, 28)));
    }

    @Test
    void filesThatCouldRunScriptAreNotCopiedButPlainSvgIs() throws IOException {
        Files.createDirectories(repository.resolve("docs/adr"));
        Files.writeString(repository.resolve("docs/adr/plain.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"5\"/></svg>");
        Files.writeString(repository.resolve("docs/adr/evil.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        Files.writeString(repository.resolve("docs/adr/linked.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\"javascript:alert(1)\"/></svg>");
        file("docs/adr/page.xhtml");

        HtmlFragment html = body("![a](plain.svg) ![b](evil.svg) ![c](linked.svg) [d](page.xhtml)\n");

        assertThat(html.files()).containsExactly("docs/adr/plain.svg");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("link.scriptable", "link.scriptable", "link.scriptable");
    }
}
