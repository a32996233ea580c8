package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Markup;
import dev.handbook.model.Snippet;
import dev.handbook.model.SnippetOptions;
import dev.handbook.model.WrittenOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** Rewrites record links and collects them, with positions, for the xref stage; collects verification snippets. */
final class MarkdownLinks extends AbstractVisitor {

    private static final Pattern KIND_LINK = Pattern.compile("([a-z]+):([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([A-Za-z0-9][A-Za-z0-9._-]*)(?:\\|([^\\]]+))?\\]\\]");

    private final Markup markup;
    private final EntryId owner;
    private final LinkTargets targets;
    private final Diagnostics diagnostics;
    final List<Link> links = new ArrayList<>();
    final List<Snippet> snippets = new ArrayList<>();
    final RelativeLinks files;

    MarkdownLinks(Markup markup, EntryId owner, LinkTargets targets, Diagnostics diagnostics) {
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
        WrittenOptions options = WrittenOptions.ofWords(SnippetOptions.words(words.length > 2 ? words[2] : ""), ",");
        SnippetOptions.build(owner, words[0], block.getLiteral(), options, "snippet " + (snippets.size() + 1), position(block, 0), diagnostics)
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
        if (literal.indexOf("[[") < 0) { // most text: cheaper than the pattern's search
            return;
        }
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
