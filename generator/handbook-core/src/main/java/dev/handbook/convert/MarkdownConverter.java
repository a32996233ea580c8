package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryId;
import dev.handbook.model.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Converts Markdown with commonmark-java (GFM tables, autolinks, task lists) and turns record links,
 * {@code [text](kind:id)} and {@code [[id]]} or {@code [[id|text]]}, into links to their pages. Headings get ids and
 * {@link Permalink}s, {@code ```mermaid} blocks become diagrams ({@link MermaidBlock}). Markdown written for other tools
 * reads as it does there: links to files by path ({@link RelativeLinks}), comments, {@code [TOC]}, admonitions and
 * terminal colours ({@link BodyCleanup}, {@link AdmonitionParser}).
 *
 * <p>Built once; thread-safe (commonmark's parser and renderer are, and each call has its own tree).
 */
public final class MarkdownConverter {

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** @param rawHtml whether raw HTML in Markdown passes through; otherwise it is shown escaped */
    public MarkdownConverter(boolean rawHtml) {
        List<Extension> extensions =
                List.of(
                        TablesExtension.create(),
                        AutolinkExtension.create(),
                        TaskListItemsExtension.create());
        this.parser =
                Parser.builder()
                        .extensions(extensions)
                        .customBlockParserFactory(new AdmonitionParser.Factory())
                        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                        .build();
        this.renderer =
                HtmlRenderer.builder()
                        .extensions(extensions)
                        .escapeHtml(!rawHtml)
                        .sanitizeUrls(true)
                        .attributeProviderFactory(context -> MarkdownConverter::followInternalLinks)
                        .attributeProviderFactory(context -> Permalink::headingId)
                        .nodeRendererFactory(VerifyMarker.Renderer::new)
                        .nodeRendererFactory(Permalink.Renderer::new)
                        .nodeRendererFactory(MermaidBlock.Renderer::new)
                        .nodeRendererFactory(Admonition.Renderer::new)
                        .build();
    }

    /** URL sanitising marks every link nofollow; links between handbook pages are ours to follow. */
    private static void followInternalLinks(Node node, String tagName, Map<String, String> attributes) {
        String href = attributes.get("href");
        if (node instanceof org.commonmark.node.Link && href != null && !href.contains(":")) {
            attributes.remove("rel");
        }
    }

    /** Converts a piece of markup shown on a page of its own; see {@link #convert(Markup, EntryId, LinkTargets, HeadingIds, Diagnostics)}. */
    public HtmlFragment convert(Markup markup, EntryId owner, LinkTargets targets, Diagnostics diagnostics) {
        return convert(markup, owner, targets, new HeadingIds(), diagnostics);
    }

    /**
     * Converts {@code markup} of the record {@code owner}; fenced code blocks marked {@code verify} become snippets,
     * and problems with their options are reported.
     *
     * @param ids the heading ids already taken on the owner's page; the ids given here are added
     */
    public HtmlFragment convert(Markup markup, EntryId owner, LinkTargets targets, HeadingIds ids, Diagnostics diagnostics) {
        Node document = parser.parse(markup.source());
        BodyCleanup cleanup = new BodyCleanup(markup, diagnostics);
        document.accept(cleanup);
        MarkdownLinks rewriter = new MarkdownLinks(markup, owner, targets, diagnostics);
        document.accept(rewriter);
        MarkdownStructure structure = new MarkdownStructure(ids);
        document.accept(structure);
        String html = renderer.render(document);
        if (markup.inField()) {
            html = unwrapSingleParagraph(html);
        }
        String text = MarkdownText.of(document, markup.source().length());
        List<Link> links = new ArrayList<>(rewriter.links);
        links.addAll(rewriter.files.links);
        return new HtmlFragment(html, links, rewriter.snippets, structure.outline, text, structure.mermaid, structure.code, cleanup.toc,
                rewriter.files.files.stream().distinct().toList(), rewriter.files.readsDisk);
    }

    /** A one-paragraph field reads better inline, e.g. in a table cell. */
    private static String unwrapSingleParagraph(String html) {
        String trimmed = html.strip();
        if (trimmed.startsWith("<p>") && trimmed.endsWith("</p>") && trimmed.indexOf("<p>", 1) < 0) {
            return trimmed.substring(3, trimmed.length() - 4);
        }
        return html;
    }
}
