package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import dev.handbook.verify.SnippetOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Converts Markdown with commonmark-java (GFM tables, autolinks, task lists) and turns record links,
 * {@code [text](kind:id)} and {@code [[id]]} or {@code [[id|text]]}, into links to their pages. Headings get ids and
 * {@link Permalink}s, {@code ```mermaid} blocks become diagrams ({@link MermaidBlock}).
 *
 * <p>Built once; thread-safe (commonmark's parser and renderer are, and each call has its own tree).
 */
public final class MarkdownConverter {

    private static final Pattern KIND_LINK = Pattern.compile("([a-z]+):([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([A-Za-z0-9][A-Za-z0-9._-]*)(?:\\|([^\\]]+))?\\]\\]");

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
        LinkRewriter rewriter = new LinkRewriter(markup, owner, targets, diagnostics);
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

    /** Rewrites record links and collects them, with positions, for the xref stage; collects verification snippets. */
    private static final class LinkRewriter extends AbstractVisitor {
        private final Markup markup;
        private final EntryId owner;
        private final LinkTargets targets;
        private final Diagnostics diagnostics;
        private final List<Link> links = new ArrayList<>();
        private final List<Snippet> snippets = new ArrayList<>();
        private final RelativeLinks files;

        LinkRewriter(Markup markup, EntryId owner, LinkTargets targets, Diagnostics diagnostics) {
            this.markup = markup;
            this.owner = owner;
            this.targets = targets;
            this.diagnostics = diagnostics;
            this.files = new RelativeLinks(markup.where().path(), targets, diagnostics);
        }

        @Override
        public void visit(Image image) {
            files.rewrite(image.getDestination(), position(image, 0)).ifPresent(image::setDestination);
            visitChildren(image);
        }

        @Override
        public void visit(FencedCodeBlock block) {
            String[] plain = block.getInfo() == null ? new String[0] : block.getInfo().strip().split("\\s+", 3);
            if (plain.length < 2 || !plain[1].equals("verify")) {
                return; // most code blocks: no need to look at the source line
            }
            String[] words = rawInfo(block).strip().split("\\s+", 3);
            block.setInfo(words[0]);
            Map<String, String> options = SnippetOptions.words(words.length > 2 ? words[2] : "");
            SnippetOptions.build(owner, words[0], block.getLiteral(), options, "snippet " + (snippets.size() + 1), ",", position(block, 0), diagnostics)
                    .ifPresent(snippet -> {
                        snippets.add(snippet);
                        block.insertAfter(new VerifyMarker(snippet));
                    });
        }

        @Override
        public void visit(org.commonmark.node.Link link) {
            Matcher m = KIND_LINK.matcher(link.getDestination());
            if (m.matches()) {
                Optional<EntryKind> kind = EntryKind.byKey(m.group(1));
                if (kind.isPresent()) {
                    links.add(new Link(m.group(2), kind.get(), position(link, 0)));
                    targets.resolve(m.group(2), kind.get())
                            .ifPresentOrElse(e -> link.setDestination(targets.href(e)), () -> link.setDestination("#"));
                }
            } else {
                files.rewrite(link.getDestination(), position(link, 0)).ifPresent(link::setDestination);
            }
            visitChildren(link);
        }

        @Override
        public void visit(Text text) {
            if (text.getParent() instanceof org.commonmark.node.Link) {
                return;
            }
            String literal = text.getLiteral();
            Matcher m = WIKI_LINK.matcher(literal);
            if (!m.find()) {
                return;
            }
            int last = 0;
            do {
                if (m.start() > last) {
                    text.insertBefore(new Text(literal.substring(last, m.start())));
                }
                String target = m.group(1);
                links.add(new Link(target, null, position(text, m.start())));
                Optional<Entry> entry = targets.resolve(target, null);
                String label = m.group(2) != null ? m.group(2) : entry.map(Entry::title).orElse(target);
                org.commonmark.node.Link link =
                        new org.commonmark.node.Link(entry.map(targets::href).orElse("#"), null);
                link.appendChild(new Text(label));
                text.insertBefore(link);
                last = m.end();
            } while (m.find());
            if (last < literal.length()) {
                text.insertBefore(new Text(literal.substring(last)));
            }
            text.unlink();
        }

        /**
         * The info string as written: commonmark unescapes backslashes in it, which would silently change a regex such
         * as {@code expect_output=/v\\.2/}.
         */
        private String rawInfo(FencedCodeBlock block) {
            String info = block.getInfo() == null ? "" : block.getInfo();
            List<SourceSpan> spans = block.getSourceSpans();
            if (spans.isEmpty()) {
                return info;
            }
            String[] lines = markup.source().split("\n", -1);
            int index = spans.get(0).getLineIndex();
            if (index >= lines.length) {
                return info;
            }
            String line = lines[index].strip();
            String fence = line.startsWith("~") ? line.replaceAll("^(~+).*", "$1") : line.replaceAll("^(`+).*", "$1");
            return line.length() > fence.length() ? line.substring(fence.length()) : info;
        }

        private SourcePosition position(Node node, int offset) {
            return BodyPositions.of(markup, node, offset);
        }
    }
}
